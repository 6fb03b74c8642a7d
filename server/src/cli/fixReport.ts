import type { CliMessages } from '../engine';
import type { FileResult } from './results';

/** What --fix did with a file, in one line: written (and where, for a link), or left as it was and why. */
export function fixLine(result: FileResult, messages: CliMessages): string | undefined {
	const fix = result.fix;
	if (fix?.status === 'written') return messages.written(result.path, fix.target);
	if (fix?.status === 'refused') return messages.notWritten(result.path, messages.refusals[fix.reason](fix.detail));
	return undefined;
}

export interface FixCounts {
	readonly written: number;
	readonly refused: number;
}

/** How many files --fix wrote and left as they were; undefined without --fix. */
export function fixCounts(results: readonly FileResult[]): FixCounts | undefined {
	if (!results.some(result => result.fix)) return undefined;
	return {
		written: results.filter(result => result.fix?.status === 'written').length,
		refused: results.filter(result => result.fix?.status === 'refused').length,
	};
}

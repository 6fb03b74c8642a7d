import { featureMessagesEn } from './engine';
import { maxIndexedSize } from './workspaceFiles';

/**
 * Assignments and flags beyond which a document is not analysed. A hand-written etcd config holds a few dozen; a
 * text with thousands is generated or not a config at all, and some checks (fix-all's overlap test, the cluster
 * rules) grow faster than the text. The server must answer within bounded time whatever is opened.
 */
export const maxStatements = 5000;

/** Why a text is not analysed: it is larger than the index takes, or holds too many statements. */
export type Limit = 'size' | 'statements';

/**
 * The limit a text passes, or undefined. Counts `=` and ` -` (a flag's start) without parsing: a parse is what
 * the limit protects against, and counting a megabyte takes a millisecond.
 */
export function notAnalysed(text: string): Limit | undefined {
	if (text.length > maxIndexedSize) return 'size';
	let statements = 0;
	for (const marker of ['=', ' -']) {
		for (let at = text.indexOf(marker); at >= 0 && statements <= maxStatements; at = text.indexOf(marker, at + 1)) statements++;
	}
	return statements > maxStatements ? 'statements' : undefined;
}

/** The one diagnostic of a document past a limit, in the catalogue's language. */
export function limitMessage(limit: Limit, m: Pick<typeof featureMessagesEn, 'tooLarge' | 'tooManyStatements'> = featureMessagesEn): string {
	return limit === 'size' ? m.tooLarge(maxIndexedSize / 1024 / 1024) : m.tooManyStatements(maxStatements);
}

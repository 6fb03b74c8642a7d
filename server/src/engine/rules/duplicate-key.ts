import { removeSpan } from '../dialects/edits';
import type { ConfigDocument, Setting } from '../model/configDocument';
import { blanksAfter, lineNumber, shown } from './shared/syntaxChecks';
import type { Problem, Rule, RuleContext } from './rule';

/**
 * The same variable assigned twice, or the same flag twice in DAEMON_ARGS: the later one wins (systemd and a shell
 * keep the last assignment, Go's flag package the last flag), so the earlier one is dead text.
 */
export const duplicateKey: Rule = {
	id: 'duplicate-key',
	severity: 'warning',
	check(doc, ctx) {
		// The last assignment of each variable or flag, and where templates branch: looked up, not searched for, so
		// that a file of 100,000 keys costs no more than a pass over it.
		const last = new Map<string, number>();
		doc.settings.forEach((setting, index) => last.set(`${setting.source}\0${setting.key}`, index));
		const branches = templateBranchOffsets(doc.text);
		return doc.settings.flatMap((setting, index) => {
			// YAML keys have a rule of their own (letter case counts there).
			if (setting.source === 'yaml') return [];
			// Feature gates given twice on the command line are merged, not replaced.
			if (setting.source === 'flag' && (!setting.option || setting.option.name === 'feature-gates')) return [];
			const lastIndex = last.get(`${setting.source}\0${setting.key}`)!;
			const later = lastIndex > index ? doc.settings[lastIndex] : undefined;
			// Lines in different branches of a template (`{% if %} … {% else %}`) are alternatives, not repeats.
			if (!later || branchBetween(branches, setting.statementSpan.end, later.statementSpan.start)) return [];
			return [duplicate(doc, setting, later, ctx.msg['duplicate-key'])];
		});
	},
};

function duplicate(doc: ConfigDocument, setting: Setting, later: Setting, msg: RuleContext['msg']['duplicate-key']): Problem {
	const same = setting.value === later.value;
	const where = setting.source === 'env' ? msg.onLine(lineNumber(doc, later.keySpan.start)) : msg.laterInArgs;
	const message = same
		? msg.same(setting.key, where)
		: msg.differs(setting.key, where, shown(later.value));
	const statement = setting.source === 'env' ? setting.statementSpan : { start: setting.statementSpan.start, end: blanksAfter(doc.text, setting.statementSpan.end) };
	return {
		span: written(setting),
		message,
		unnecessary: true,
		related: [{ span: written(later), message: msg.related(setting.key) }],
		fixes: [{
			title: msg.remove(setting.source === 'env', setting.key, shown(later.value)),
			preferred: true,
			safe: same,
			changes: [removeSpan(statement)],
		}],
	};
}

/** The assignment or flag as written, without its line end. */
function written(setting: Setting) {
	return setting.source === 'env' ? { start: setting.keySpan.start, end: setting.valueSpan.end } : setting.statementSpan;
}

/** Where each `{%` starts, in text order. */
function templateBranchOffsets(text: string): number[] {
	const offsets: number[] = [];
	for (let at = text.indexOf('{%'); at >= 0; at = text.indexOf('{%', at + 1)) offsets.push(at);
	return offsets;
}

/** Whether a `{%` lies wholly within [from, to): a binary search over the offsets. */
function branchBetween(offsets: readonly number[], from: number, to: number): boolean {
	let low = 0;
	let high = offsets.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (offsets[middle] < from) low = middle + 1; else high = middle;
	}
	return low < offsets.length && offsets[low] + 2 <= to;
}

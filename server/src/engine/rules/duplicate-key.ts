import { dialectOf, inputOf, removeSetting, whereWritten, writtenSpan } from '../dialects';
import type { ConfigDocument, Setting } from '../model/configDocument';
import type { Problem, Rule, RuleContext } from './rule';
import { shown } from './shared/syntaxChecks';

/**
 * The same variable assigned twice, or the same flag twice in DAEMON_ARGS: the later one wins (systemd and a shell
 * keep the last assignment, Go's flag package the last flag), so the earlier one is dead text.
 */
export const duplicateKey: Rule = {
	id: 'duplicate-key',
	severity: 'warning',
	sees: 'written',
	check(doc, ctx) {
		// The last assignment of each variable or flag, and where templates branch: looked up, not searched for, so
		// that a file of 100,000 keys costs no more than a pass over it.
		// By input, then by key: a key string made for each setting was most of what the rule allocated.
		const last = new Map<string, Map<string, number>>();
		doc.settings.forEach((setting, index) => {
			const input = inputOf(setting);
			let ofInput = last.get(input);
			if (!ofInput) last.set(input, ofInput = new Map());
			ofInput.set(setting.key, index);
		});
		const branches = templateBranchOffsets(doc.text);
		return doc.settings.flatMap((setting, index) => {
			// YAML keys have a rule of their own (letter case counts there).
			if (inputOf(setting) === 'config-file') return [];
			// Feature gates given twice on the command line are merged, not replaced.
			if (inputOf(setting) === 'command-line' && (!setting.option || setting.option.name === 'feature-gates')) return [];
			const lastIndex = last.get(inputOf(setting))!.get(setting.key)!;
			const later = lastIndex > index ? doc.settings[lastIndex] : undefined;
			// Lines in different branches of a template (`{% if %} … {% else %}`) are alternatives, not repeats.
			if (!later || branchBetween(branches, setting.statementSpan.end, later.statementSpan.start)) return [];
			return [duplicate(doc, setting, later, ctx.msg['duplicate-key'])];
		});
	},
};

function duplicate(doc: ConfigDocument, setting: Setting, later: Setting, msg: RuleContext['msg']['duplicate-key']): Problem {
	const same = setting.value === later.value;
	const where = whereWritten(doc, later, { onLine: msg.onLine, inArgs: msg.laterInArgs });
	const message = same
		? msg.same(setting.key, where)
		: msg.differs(setting.key, where, shown(later.value));
	return {
		span: writtenSpan(setting),
		message,
		unnecessary: true,
		related: [{ span: writtenSpan(later), message: msg.related(setting.key) }],
		fixes: [{
			title: msg.remove(dialectOf(setting).unit === 'line', setting.key, shown(later.value)),
			preferred: true,
			safe: same,
			// The later one is still there: a flag goes with the blanks after it.
			changes: [removeSetting(doc, setting)],
		}],
	};
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

import { removeSpan } from '../edits';
import type { ConfigDocument, Setting } from '../model';
import { blanksAfter, lineNumber, shown } from '../syntax/syntaxChecks';
import type { Problem, Rule, RuleContext } from './rule';

/**
 * The same variable assigned twice, or the same flag twice in DAEMON_ARGS: the later one wins (systemd and a shell
 * keep the last assignment, Go's flag package the last flag), so the earlier one is dead text.
 */
export const duplicateKey: Rule = {
	id: 'duplicate-key',
	severity: 'warning',
	check(doc, ctx) {
		return doc.settings.flatMap((setting, index) => {
			// YAML keys have a rule of their own (letter case counts there).
			if (setting.source === 'yaml') return [];
			// Feature gates given twice on the command line are merged, not replaced.
			if (setting.source === 'flag' && (!setting.option || setting.option.name === 'feature-gates')) return [];
			const later = doc.settings.slice(index + 1).filter(other => other.source === setting.source && other.key === setting.key).pop();
			// Lines in different branches of a template (`{% if %} … {% else %}`) are alternatives, not repeats.
			if (!later || /\{%/.test(doc.text.slice(setting.statementSpan.end, later.statementSpan.start))) return [];
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

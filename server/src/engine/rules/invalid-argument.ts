import { legacyName } from './shared/keyChecks';
import type { ArgumentProblem, ConfigDocument } from '../model/configDocument';
import { shown } from './shared/syntaxChecks';
import { hasTemplate } from '../parsers/templates';
import type { Problem, Rule, RuleContext } from './rule';
import { commandLineOf, flagCarrier, inputOf } from '../dialects';

/**
 * Words of DAEMON_ARGS that etcd refuses before looking at any option: Go stops reading flags at the
 * first word that is not one (the `false` of `--auto-tls false`, half of a value split at a blank) and etcd rejects
 * what is left; a flag that needs a value cannot be the last word.
 */
export const invalidArgument: Rule = {
	id: 'invalid-argument',
	severity: 'error',
	sees: 'written',
	check(doc, ctx) {
		const msg = ctx.msg['invalid-argument'];
		const daemonArgs = flagCarrier(doc);
		if (daemonArgs && hasTemplate(daemonArgs.value)) return [];
		const strays = doc.argumentProblems.filter(p => p.kind === 'stray');
		// A lone `--` ends the flags and is dropped by Go; only what follows it is refused.
		const first = strays[0]?.text === '--' ? strays[1] : strays[0];
		const found = first && stray(doc, first, first !== strays[0], strays.length > strays.indexOf(first) + 1, msg);
		const problems: Problem[] = found ? [found] : [];
		for (const missing of doc.argumentProblems.filter(p => p.kind === 'missing-value')) {
			const flag = doc.settings.find(s => inputOf(s) === 'command-line' && s.keySpan.start === missing.span.start);
			// Unknown flags fail before their value is looked for; the etcd 2 leftovers are switches and need none.
			if (!flag?.option || legacyName(flag)) continue;
			problems.push({
				span: missing.span,
				message: msg.missingValue(flag.key, commandLineOf(flag)),
			});
		}
		return problems;
	},
};

function stray(doc: ConfigDocument, word: ArgumentProblem, afterDashes: boolean, more: boolean, msg: RuleContext['msg']['invalid-argument']): Problem | undefined {
	const before = doc.settings.filter(s => inputOf(s) === 'command-line' && s.statementSpan.end <= word.span.start).pop();
	const gap = before ? doc.text.slice(before.statementSpan.end, word.span.start) : '';
	const adjacent = before !== undefined && /^[ \t]+$/.test(gap);
	const rest = more ? msg.more : '';
	if (afterDashes) {
		return { span: word.span, message: msg.afterDashes(shown(word.text), rest) };
	}
	if (adjacent && before.option && before.valueSpan.start === before.valueSpan.end && before.value === 'true') {
		return {
			span: word.span,
			message: msg.switchValue(before.key, word.text, shown(word.text), rest),
			fixes: [{ title: msg.write(`${before.key}=${word.text}`), preferred: true, changes: [{ span: { start: before.statementSpan.end, end: word.span.start }, newText: '=' }] }],
		};
	}
	const split = adjacent && before.valueSpan.end > before.valueSpan.start ? msg.split(before.key) : '';
	return { span: word.span, message: msg.notFlag(shown(word.text), rest, split) };
}

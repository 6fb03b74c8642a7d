import { effectiveSetting, effectiveValue } from '../dialects/effective';
import { journalOutput, outputsOf, packageLevelsParse, sinkProblem, streamOutputs } from '../etcd/logOutputs';
import type { Target } from '../etcd/versions';
import type { ConfigDocument, Setting } from '../model/configDocument';
import { hasTemplate } from '../parsers/templates';
import type { Problem, Rule, RuleContext } from './rule';
import { isTrue } from './shared/urlChecks';

type Words = RuleContext['msg']['log-outputs'];

/**
 * The combinations of log outputs etcd's logging setup refuses: with zap, `default` or `systemd/journal` beside
 * another output, and a file entry that zap's sink parser cannot take (a scheme other than file, a query, a host);
 * with 3.4's default logger capnslog, anything but one of default, stderr, stdout; in 3.4 also log-output and
 * log-outputs set to the same list. A lone 3.4 log-output of one value is ignored (a warning).
 */
export const logOutputs: Rule = {
	id: 'log-outputs',
	severity: 'error',
	check(doc, ctx) {
		const outputs = effectiveSetting(doc, 'log-outputs');
		const old = ctx.version === '3.4' ? effectiveSetting(doc, 'log-output') : undefined;
		if ([outputs, old].some(s => s && hasTemplate(s.value))) return [];
		const msg = ctx.msg['log-outputs'];
		const merged = ctx.version === '3.4' ? mergeDeprecated(outputs, old, msg) : { list: outputsOf(outputs), at: outputs, problems: [] };
		if (merged.problems.some(p => p.severity === undefined)) return merged.problems;
		const zap = ctx.version !== '3.4' || effectiveValue(doc, 'logger') === 'zap';
		const found = zap ? zapProblems(doc, merged.list, ctx.target, msg) : capnslogProblems(doc, merged.list, msg);
		const anchor = merged.at ?? outputs ?? old;
		return [...merged.problems, ...(anchor ? found.map(message => ({ span: anchor.valueSpan, message })) : [])];
	},
};

/** 3.4 keeps the deprecated log-output beside log-outputs (both default to `default`): the longer list wins. */
function mergeDeprecated(outputs: Setting | undefined, old: Setting | undefined, msg: Words): { list: readonly string[]; at?: Setting; problems: Problem[] } {
	const [neu, dep] = [outputsOf(outputs), outputsOf(old)];
	if (dep.length !== neu.length) return dep.length > neu.length ? { list: dep, at: old, problems: [] } : { list: neu, at: outputs, problems: [] };
	const at = outputs ?? old;
	const same = dep.length === 1 && dep[0] === neu[0];
	if (at && (dep.length !== 1 || (same && dep[0] !== 'default'))) return { list: neu, problems: [{ span: at.valueSpan, message: msg.bothSet(dep.length === 0) }] };
	if (old && !same) return { list: neu, at: outputs, problems: [{ span: old.valueSpan, message: msg.oldIgnored(old.key), severity: 'warning' }] };
	return { list: neu, at: outputs, problems: [] };
}

/** zap: `default` and the journal alone, and file entries zap's sink parser takes (rotation routes files past it). */
function zapProblems(doc: ConfigDocument, list: readonly string[], target: Target, msg: Words): string[] {
	if (list.length > 1 && list.includes('default')) return [msg.defaultCombined];
	if (list.length > 1 && list.includes(journalOutput)) return [msg.journalCombined];
	if (target.minor !== '3.4' && isTrue(doc, 'enable-log-rotation')) return [];
	return list.filter(entry => !streamOutputs.includes(entry) && entry !== journalOutput).flatMap(entry => {
		const problem = sinkProblem(entry);
		return problem ? [msg.sink(entry, msg.sinkReasons[problem])] : [];
	});
}

/** 3.4's capnslog: one output, a stream; an unreadable log-package-levels makes it skip both checks. */
function capnslogProblems(doc: ConfigDocument, list: readonly string[], msg: Words): string[] {
	const levels = effectiveValue(doc, 'log-package-levels');
	if (levels && !packageLevelsParse(levels)) return [];
	if (list.length !== 1) return [msg.capnslogCount(list.length)];
	return streamOutputs.includes(list[0]) ? [] : [msg.capnslogValue(list[0])];
}

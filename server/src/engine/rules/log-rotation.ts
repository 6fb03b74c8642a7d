import { effectiveSetting } from '../dialects/effective';
import { outputsOf, rotationConfigProblem, streamOutputs } from '../etcd/logOutputs';
import { hasTemplate } from '../parsers/templates';
import type { Problem, Rule } from './rule';
import { isTrue } from './shared/urlChecks';

/**
 * With enable-log-rotation (3.5+), etcd's logging setup wants exactly one file among the log outputs (exactly one
 * stream alone is refused, so is a second file; the journal counts as a file) and a log-rotation-config-json that
 * decodes into lumberjack's settings; an empty output entry crashes it. With rotation off neither is read.
 */
export const logRotation: Rule = {
	id: 'log-rotation',
	severity: 'error',
	check(doc, ctx) {
		const rotation = effectiveSetting(doc, 'enable-log-rotation');
		if (!rotation || !isTrue(doc, 'enable-log-rotation')) return [];
		const msg = ctx.msg['log-rotation'];
		const setting = effectiveSetting(doc, 'log-outputs');
		if (setting && hasTemplate(setting.value)) return [];
		const outputs = outputsOf(setting);
		const files = outputs.filter(entry => !streamOutputs.includes(entry));
		const problems: Problem[] = [];
		const at = setting ?? rotation;
		if ((outputs.length === 1 && files.length === 0) || files.length > 1) problems.push({ span: at.valueSpan, message: msg.oneFile(at.key, files.length) });
		// The default `default` never gets this far: the two checks before refuse it.
		else if (files.includes('') && !outputs.includes('default')) problems.push({ span: at.valueSpan, message: msg.emptyEntry(at.key) });
		const json = effectiveSetting(doc, 'log-rotation-config-json');
		const problem = json && !hasTemplate(json.value) ? rotationConfigProblem(json.value) : undefined;
		if (json && problem) problems.push({ span: json.valueSpan, message: msg.config(json.key, problem === 'syntax') });
		return problems;
	},
};

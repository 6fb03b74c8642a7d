import { effectiveSetting } from '../dialects/effective';
import { atVersion, optionByName } from '../etcd/options';
import { behaviourSince } from '../etcd/patchFacts';
import { holds } from '../etcd/versions';
import { inputOf } from '../dialects';
import { hasTemplate } from '../parsers/templates';
import type { Problem, Rule } from './rule';
import { isTrue } from './shared/urlChecks';

/**
 * v2-deprecation as etcd uses it. 3.5 refuses enable-v2 with a stage at write-only or later when it starts serving
 * clients, and crashes on a stage it does not know (any YAML text, or several stages from a flag's comma list) as
 * soon as it compares it, at start with enable-v2. 3.6 replaces every stage but write-only-skip-check (3.6.13+)
 * by write-only, 3.7 every stage.
 */
export const deprecationStage: Rule = {
	id: 'deprecation-stage',
	severity: 'error',
	check(doc, ctx) {
		const setting = effectiveSetting(doc, 'v2-deprecation');
		if (setting && hasTemplate(setting.value)) return [];
		const msg = ctx.msg['deprecation-stage'];
		const stage = setting?.value || 'not-yet';
		// write-only-skip-check exists for 3.5 only from 3.5.32; before, it is as unknown as a typo.
		const known = (atVersion(optionByName('v2-deprecation')?.values ?? [], ctx.version) ?? []).filter(v => v !== 'write-only-skip-check' || holds(behaviourSince.v2SkipCheckAccepted, ctx.target));
		if (ctx.version !== '3.5') {
			const kept = ctx.version === '3.6' && holds(behaviourSince.v2SkipCheckAccepted, ctx.target) ? ['write-only', 'write-only-skip-check'] : ['write-only'];
			return setting && setting.value !== '' && !kept.includes(setting.value) ? [{ span: setting.valueSpan, message: msg.forced(setting.key, ctx.target.label), severity: 'information' }] : [];
		}
		const enableV2 = isTrue(doc, 'enable-v2') ? effectiveSetting(doc, 'enable-v2') : undefined;
		const problems: Problem[] = [];
		// A flag's piece that is no stage at all is invalid-value's; several good pieces make one unknown stage.
		const unread = setting && inputOf(setting) !== 'config-file' && stage.split(',').some(piece => !known.includes(piece));
		if (setting && !known.includes(stage) && !unread) {
			problems.push({ span: setting.valueSpan, message: msg.unknown(setting.key, stage, enableV2 !== undefined), severity: enableV2 ? undefined : 'warning' });
		} else if (enableV2 && stage !== 'not-yet') {
			problems.push({ span: enableV2.valueSpan, message: msg.enableV2(enableV2.key, stage), related: setting && [{ span: setting.valueSpan, message: setting.key }] });
		}
		return problems;
	},
};

import { replaceValue } from '../edits';
import { isGiven, removeSetting, whereWritten, writtenSpan } from '../etcd/keyChecks';
import { existsIn } from '../etcd/options';
import { parseGoBool } from '../etcd/values';
import type { ConfigDocument, Setting } from '../model';
import type { Fix, Rule } from './rule';

/**
 * An experimental switch (`experimental-initial-corrupt-check`) given while `feature-gates` mentions the gate that
 * replaces it: etcd 3.6 refuses to start (VALIDATION G5). etcd tests whether the gate's name occurs anywhere in the
 * feature-gates text, so `LeaseCheckpointPersist=true` also counts as naming `LeaseCheckpoint`.
 */
export const experimentalAndFeatureGate: Rule = {
	id: 'experimental-and-feature-gate',
	severity: 'error',
	check(doc, ctx) {
		return doc.settings.flatMap(setting => {
			const option = setting.option;
			const gate = /^feature-gates=(\w+)=/.exec(option?.replacedBy ?? '')?.[1];
			if (!option || !gate || !isGiven(setting) || !existsIn(option, ctx.version)) return [];
			const gates = doc.settings.filter(s => s.option?.name === 'feature-gates' && existsIn(s.option, ctx.version) && s.value.includes(gate)).pop();
			if (!gates) return [];
			const pairs = gates.value.split(',').map(piece => piece.split('='));
			const listed = pairs.find(([name]) => name.trim() === gate);
			const where = `${gates.key} (${whereWritten(doc, gates)})`;
			return [{
				span: writtenSpan(setting),
				message: listed
					? `${setting.key} and the ${gate} gate in ${where} switch the same feature, and etcd ${ctx.version} refuses to start when both are given: keep only the feature gate.`
					: `${where} names ${pairs.find(([name]) => name.includes(gate))?.[0].trim()}, which etcd ${ctx.version} counts as the ${gate} gate because it matches gate names as substrings, so it refuses to start with ${setting.key} as well: set ${gate} in ${gates.key} instead.`,
				related: [{ span: writtenSpan(gates), message: `The feature gates that name ${gate}.` }],
				fixes: fixes(doc, setting, gates, gate, listed),
			}];
		});
	},
};

function fixes(doc: ConfigDocument, setting: Setting, gates: Setting, gate: string, listed: string[] | undefined): Fix[] {
	const value = bool(setting.value);
	const remove = removeSetting(doc, setting);
	const same = listed !== undefined && value !== undefined && bool(listed[1] ?? '') === value;
	if (listed || value === undefined) return [{ title: `Remove ${setting.key}`, preferred: true, safe: same, changes: [remove] }];
	const pair = `${gate}=${value}`;
	return [{ title: `Move to ${gates.key} as ${pair}`, preferred: true, changes: [replaceValue(doc.text, gates, `${gates.value},${pair}`), remove] }];
}

function bool(text: string): boolean | undefined {
	const parsed = parseGoBool(text.trim());
	return parsed.ok ? parsed.value : undefined;
}

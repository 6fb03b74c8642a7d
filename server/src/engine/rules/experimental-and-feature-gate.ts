import { existsIn } from '../etcd/options';
import type { ConfigDocument, Setting } from '../model/configDocument';
import type { Fix, Rule, RuleContext } from './rule';
import { replaceValue, isGiven, removeSetting, whereWritten, writtenSpan } from '../dialects';
import { parseGoBool } from '../parsers/goValues';

/**
 * An experimental switch (`experimental-initial-corrupt-check`) given while `feature-gates` mentions the gate that
 * replaces it: etcd 3.6 refuses to start. etcd tests whether the gate's name occurs anywhere in the
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
			const where = `${gates.key} (${whereWritten(doc, gates, ctx.msg['key-checks'])})`;
			const msg = ctx.msg['experimental-and-feature-gate'];
			return [{
				span: writtenSpan(setting),
				message: listed
					? msg.listed(setting.key, gate, where, ctx.version)
					: msg.substring(where, pairs.find(([name]) => name.includes(gate))?.[0].trim(), ctx.version, gate, setting.key, gates.key),
				related: [{ span: writtenSpan(gates), message: msg.related(gate) }],
				fixes: fixes(doc, setting, gates, gate, listed, msg),
			}];
		});
	},
};

function fixes(doc: ConfigDocument, setting: Setting, gates: Setting, gate: string, listed: string[] | undefined, msg: RuleContext['msg']['experimental-and-feature-gate']): Fix[] {
	const value = bool(setting.value);
	const remove = removeSetting(doc, setting);
	const same = listed !== undefined && value !== undefined && bool(listed[1] ?? '') === value;
	if (listed || value === undefined) return [{ title: msg.remove(setting.key), preferred: true, safe: same, changes: [remove] }];
	const pair = `${gate}=${value}`;
	return [{ title: msg.move(gates.key, pair), preferred: true, changes: [replaceValue(doc, gates, `${gates.value},${pair}`), remove] }];
}

function bool(text: string): boolean | undefined {
	const parsed = parseGoBool(text.trim());
	return parsed.ok ? parsed.value : undefined;
}

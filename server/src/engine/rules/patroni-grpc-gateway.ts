import { effectiveSetting } from '../dialects/effective';
import { memberLabel } from '../cluster/patroniCluster';
import { addSetting, documentInput } from '../dialects';
import { yamlModeDefault } from '../etcd/yamlKeys';
import type { ConfigDocument } from '../model/configDocument';
import type { Fix } from '../model/findings';
import { parseGoBool } from '../parsers/goValues';
import type { PatroniRule } from './patroniRule';
import { memberTarget, namesOf, reachedMembers } from './shared/patroniChecks';
import type { Target } from '../etcd/versions';

/**
 * Patroni's etcd3 client sends JSON over HTTP to etcd's gRPC gateway (`/v3/...`, v4.1.4:patroni/dcs/etcd3.py:231,
 * 310-312). etcd 3.4 started from a YAML config file runs without the gateway unless the file turns it on (its
 * YAML default is false, the flag's true: see the yaml-flag-default rule); any member may turn it off. Every member
 * Patroni reaches without it: an error; some: a warning. The fix turns it on in each such member's file.
 */
export const patroniGrpcGateway: PatroniRule = {
	id: 'patroni-grpc-gateway',
	severity: 'error',
	check(doc, ctx) {
		const section = doc.sections.find(s => s.api === 'etcd3');
		if (!section || ctx.members.length === 0) return [];
		const members = reachedMembers(section, ctx.members);
		const without = members.filter(member => !servesGateway(member, memberTarget(member, ctx.target)));
		if (without.length === 0) return [];
		const msg = ctx.msg['patroni-grpc-gateway'];
		const names = namesOf(without, ctx.msg.and);
		return [{
			span: section.keySpan,
			message: without.length === members.length ? msg.all(names) : msg.some(names),
			severity: without.length === members.length ? 'error' : 'warning',
			related: without.map(member => ({ doc: member, span: (effectiveSetting(member, 'enable-grpc-gateway') ?? member.settings[0])?.keySpan ?? { start: 0, end: 0 }, message: msg.related(memberLabel(member)) })),
			fixes: without.flatMap(member => gatewayFix(member, msg.add(memberLabel(member)))),
		}];
	},
};

function servesGateway(member: ConfigDocument, target: Target): boolean {
	const setting = effectiveSetting(member, 'enable-grpc-gateway');
	if (setting) {
		const parsed = parseGoBool(setting.value.trim());
		return !(parsed.ok && !parsed.value);
	}
	return documentInput(member) !== 'config-file' || yamlModeDefault('enable-grpc-gateway', target.minor) !== 'false';
}

function gatewayFix(member: ConfigDocument, title: string): Fix[] {
	const anchor = member.settings[member.settings.length - 1];
	const added = anchor && addSetting(member, anchor, 'enable-grpc-gateway', 'true');
	return added ? [{ title, changes: [{ ...added.change, doc: member }] }] : [];
}

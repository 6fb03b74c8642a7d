import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { rules } from '../../server/src/engine/rules';
import type { Problem } from '../../server/src/engine/rules/rule';
import type { ConfigDocument } from '../../server/src/engine/model/configDocument';
import { documentContext } from '../../server/src/engine/validate/context';
import { checkRule } from '../../server/src/engine/validate/validate';
import { pg3 } from './membershipFixtures';

/** The user's three members, as texts keyed by member name. */
export function exampleCluster(): Record<string, string> {
	return {
		pg1: pg3.replace(/ETCD_NAME="pg3"/, 'ETCD_NAME="pg1"').replace(/(LISTEN_CLIENT_URLS="http:\/\/|ADVERTISE_CLIENT_URLS="http:\/\/|LISTEN_PEER_URLS="http:\/\/|ADVERTISE_PEER_URLS="http:\/\/)192\.168\.45\.204/g, '$1192.168.45.201'),
		pg2: pg3.replace(/ETCD_NAME="pg3"/, 'ETCD_NAME="pg2"').replace(/(LISTEN_CLIENT_URLS="http:\/\/|ADVERTISE_CLIENT_URLS="http:\/\/|LISTEN_PEER_URLS="http:\/\/|ADVERTISE_PEER_URLS="http:\/\/)192\.168\.45\.204/g, '$1192.168.45.202'),
		pg3,
	};
}

export function clusterDocs(files: Record<string, string>): Record<string, ConfigDocument> {
	return Object.fromEntries(Object.entries(files).map(([name, text]) => [name, parseDocument(`file:///cluster/${name}/etcd`, text)]));
}

/** Runs one rule on one member with the others as its siblings. */
export function checkMember(ruleId: string, files: Record<string, string>, member: string): { problems: Problem[]; docs: Record<string, ConfigDocument> } {
	const rule = rules.find(r => r.id === ruleId);
	if (!rule) throw new Error(`no rule ${ruleId}`);
	const docs = clusterDocs(files);
	const siblings = Object.entries(docs).filter(([name]) => name !== member).map(([, doc]) => doc);
	const ctx = documentContext(docs[member], { version: '3.5', newToken: () => 'fresh' }, siblings);
	return { problems: checkRule(rule, docs[member], ctx), docs };
}

/** Every member's problems for one rule, keyed by member. */
export function checkCluster(ruleId: string, files: Record<string, string>): Record<string, Problem[]> {
	return Object.fromEntries(Object.keys(files).map(member => [member, checkMember(ruleId, files, member).problems]));
}

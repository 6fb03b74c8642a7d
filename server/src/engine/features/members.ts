import { valueIndexAt, valueSubspan, type ConfigDocument, type Setting } from '../model/configDocument';
import { effectiveSetting } from '../dialects/effective';
import { parseInitialCluster, type ClusterMember } from '../etcd/urls';
import { hasTemplate } from '../parsers/templates';
import { contains, type Span } from '../text/lineIndex';

/** One place where a member's name is written: its ETCD_NAME, or an entry of an ETCD_INITIAL_CLUSTER. */
export interface MemberMention {
	readonly doc: ConfigDocument;
	readonly name: string;
	readonly span: Span;
	readonly kind: 'name' | 'list';
	/** The setting that holds the name, and where the name is in its decoded value. */
	readonly setting: Setting;
	readonly from: number;
	readonly to: number;
}

/** Every mention of every member in a document. */
export function memberMentions(doc: ConfigDocument): MemberMention[] {
	const mentions: MemberMention[] = [];
	const name = effectiveSetting(doc, 'name');
	if (name && name.value !== '' && !hasTemplate(name.value)) {
		mentions.push({ doc, name: name.value, span: valueSubspan(name, 0, name.value.length), kind: 'name', setting: name, from: 0, to: name.value.length });
	}
	const list = effectiveSetting(doc, 'initial-cluster');
	if (list && !hasTemplate(list.value)) {
		for (const member of parseInitialCluster(list.value)) {
			if (member.nameTo > member.nameFrom) mentions.push(listMention(doc, list, member));
		}
	}
	return mentions;
}

/** The member named at an offset: on a name itself, or on the URL of a cluster-list entry. */
export function memberAt(doc: ConfigDocument, offset: number): MemberMention | undefined {
	const direct = memberMentions(doc).find(mention => contains(mention.span, offset));
	if (direct) return direct;
	const list = effectiveSetting(doc, 'initial-cluster');
	if (!list || !contains(list.valueSpan, offset) || hasTemplate(list.value)) return undefined;
	const index = valueIndexAt(list, offset);
	const member = parseInitialCluster(list.value).find(m => index >= m.urlFrom && index <= m.urlTo);
	return member && listMention(doc, list, member);
}

function listMention(doc: ConfigDocument, list: Setting, member: ClusterMember): MemberMention {
	return { doc, name: member.name, span: valueSubspan(list, member.nameFrom, member.nameTo), kind: 'list', setting: list, from: member.nameFrom, to: member.nameTo };
}

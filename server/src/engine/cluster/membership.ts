import { type ConfigDocument, type Setting } from '../model/configDocument';
import { effectiveSetting } from '../dialects/effective';
import { hasTemplate } from '../parsers/templates';
import { atVersion, optionByName, type EtcdVersion } from '../etcd/options';
import { targetOf, type Target } from '../etcd/versions';
import { parseInitialCluster, splitList, type ClusterMember, type ListPiece } from '../etcd/urls';
import { normaliseUrl } from './groups';

/** What one member's file says about itself and its cluster, with the defaults etcd fills in. */
export interface MemberView {
	/** ETCD_NAME as written; undefined when unset (Debian's unit then uses the host name) or templated. */
	readonly name?: Setting;
	/** Without a name: the member of the list whose peer URL this file advertises, when exactly one is. */
	readonly implied?: string;
	/** ETCD_INITIAL_CLUSTER when set to a literal value. */
	readonly cluster?: Setting;
	readonly members: readonly ClusterMember[];
}

// Documents never change, and every membership rule asks: worked out once per document.
const views = new WeakMap<ConfigDocument, MemberView>();

export function memberView(doc: ConfigDocument): MemberView {
	let view = views.get(doc);
	if (view) return view;
	const name = literal(effectiveSetting(doc, 'name'));
	const cluster = literal(effectiveSetting(doc, 'initial-cluster'));
	const members = cluster && cluster.value !== '' ? parseInitialCluster(cluster.value) : [];
	const unnamed = !isSet(doc, 'name') && members.length > 0;
	views.set(doc, view = { name, ...(unnamed ? { implied: impliedMember(doc, members) } : {}), cluster: cluster && cluster.value !== '' ? cluster : undefined, members });
	return view;
}

/** The one member of the list whose peer URLs this file advertises (its own, or etcd's default); none, or several: undefined. */
function impliedMember(doc: ConfigDocument, members: readonly ClusterMember[]): string | undefined {
	const advertised = urlList(doc, 'initial-advertise-peer-urls', '3.5');
	if (advertised.templated) return undefined;
	const urls = new Set(advertised.pieces.map(p => normaliseUrl(p.text)));
	const names = [...new Set(members.filter(m => urls.has(normaliseUrl(m.url))).map(m => m.name))];
	return names.length === 1 && !hasTemplate(names[0]) ? names[0] : undefined;
}

/** What etcd calls a member whose file sets no name: Debian's unit passes the host name (%H), etcd itself says `default`. */
export function unsetNameBecomes(doc: ConfigDocument): 'host-name' | 'default' {
	return doc.launcher === 'debian-unit' ? 'host-name' : 'default';
}

function literal(setting: Setting | undefined): Setting | undefined {
	return setting && !hasTemplate(setting.value) ? setting : undefined;
}

export interface UrlListView {
	/** The setting, when the file sets it; undefined means etcd's default applies. */
	readonly setting?: Setting;
	readonly pieces: readonly ListPiece[];
	readonly templated: boolean;
}

/** A URL option's effective list: the file's value (empty counts as unset), or etcd's default. */
export function urlList(doc: ConfigDocument, optionName: string, version: EtcdVersion | Target): UrlListView {
	const setting = effectiveSetting(doc, optionName);
	if (setting && setting.value !== '') {
		return { setting, pieces: splitList(setting.value, true).filter(p => p.text !== ''), templated: hasTemplate(setting.value) };
	}
	const option = optionByName(optionName);
	const fallback = option ? atVersion(option.defaultValue, targetOf(version).minor) ?? '' : '';
	return { pieces: splitList(fallback, true).filter(p => p.text !== ''), templated: false };
}

/** Whether an option is set to a non-empty value (etcd treats an empty variable as unset). */
export function isSet(doc: ConfigDocument, optionName: string): boolean {
	const value = effectiveSetting(doc, optionName)?.value;
	return value !== undefined && value !== '';
}

/** The distinct member names of a cluster list. */
export function memberNames(members: readonly ClusterMember[]): string[] {
	return [...new Set(members.map(m => m.name))];
}

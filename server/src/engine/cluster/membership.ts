import { type ConfigDocument, type Setting } from '../model/configDocument';
import { effectiveSetting } from '../dialects/effective';
import { hasTemplate } from '../parsers/templates';
import { atVersion, optionByName, type EtcdVersion } from '../etcd/options';
import { targetOf, type Target } from '../etcd/versions';
import { parseInitialCluster, splitList, type ClusterMember, type ListPiece } from '../etcd/urls';

/** What one member's file says about itself and its cluster, with the defaults etcd fills in. */
export interface MemberView {
	/** ETCD_NAME as written; undefined when unset (Debian's unit then uses the host name) or templated. */
	readonly name?: Setting;
	/** ETCD_INITIAL_CLUSTER when set to a literal value. */
	readonly cluster?: Setting;
	readonly members: readonly ClusterMember[];
}

export function memberView(doc: ConfigDocument): MemberView {
	const name = literal(effectiveSetting(doc, 'name'));
	const cluster = literal(effectiveSetting(doc, 'initial-cluster'));
	const members = cluster && cluster.value !== '' ? parseInitialCluster(cluster.value) : [];
	return { name, cluster: cluster && cluster.value !== '' ? cluster : undefined, members };
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

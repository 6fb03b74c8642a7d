import type { ConfigDocument } from '../../model/configDocument';
import type { PatroniSection } from '../../model/patroniDocument';
import { advertisedClientUrls, memberLabel, targetsOf, type PatroniTarget } from '../../cluster/patroniCluster';
import { readDirectives } from '../../parse/directives';
import type { Target } from '../../etcd/versions';

/** The members a section's endpoints reach (by their advertised client URLs), or every member when none matches. */
export function reachedMembers(section: PatroniSection, members: readonly ConfigDocument[]): readonly ConfigDocument[] {
	const wanted = new Set(targetsOf(section).map(target => target.address));
	const reached = members.filter(doc => advertisedClientUrls([doc]).some(url => wanted.has(url.address)));
	return reached.length > 0 ? reached : members;
}

/** A member that advertises an https client URL: its client side speaks TLS. */
function servesTls(member: ConfigDocument): boolean {
	return advertisedClientUrls([member]).some(url => url.scheme === 'https');
}

/** The TLS members a section talks https to while it leaves `key` (`cert`, `cacert`) unset; none when it sets it. */
export function tlsMembersLacking(section: PatroniSection, key: string, members: readonly ConfigDocument[]): readonly ConfigDocument[] {
	if (section.fields.get(key)?.value || members.length === 0) return [];
	if (!checkedTargets(section).some(target => target.scheme === 'https')) return [];
	return reachedMembers(section, members).filter(servesTls);
}

/** The endpoints Patroni connects to directly (not through DNS SRV records, whose answers we cannot know). */
export function checkedTargets(section: PatroniSection): PatroniTarget[] {
	return section.fields.has('srv') ? [] : targetsOf(section);
}

/** The version a member runs: its file's `# etcd-version:`, else the one assumed for the cluster. */
export function memberTarget(doc: ConfigDocument, assumed: Target): Target {
	return readDirectives(doc).version ?? assumed;
}

/** `pg1, pg2 and pg3`. */
export function namesOf(members: readonly ConfigDocument[], and: string): string {
	const names = [...new Set(members.map(memberLabel))];
	return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')}${and}${names[names.length - 1]}`;
}

/** The section's key as the user wrote it, for messages: `etcd3:` or `PATRONI_ETCD3_*`. */
export function sectionName(section: PatroniSection, yaml: boolean): string {
	return yaml ? `${section.api}:` : `PATRONI_${section.api.toUpperCase()}_*`;
}

import type { HoverMessages } from '../l10n/hover.en';
import { etcdVersions, type EtcdOption, type EtcdVersion } from '../etcd/options';

/** What the option's history means for the chosen version, in one line each. */
export function versionNotes(option: EtcdOption, version: EtcdVersion, m: HoverMessages): string[] {
	const notes: string[] = [];
	const status = option.status[version];
	const replacement = option.replacedBy ? m.notes.useInstead(option.replacedBy) : '';
	switch (status) {
		case 'absent':
			notes.push(m.notes.absent(version, firstVersion(option)));
			break;
		case 'removed':
			notes.push(m.notes.removed(removedIn(option) ?? version, version, replacement));
			break;
		case 'deprecated':
			notes.push(m.notes.deprecated(version, replacement));
			break;
		case 'experimental':
			notes.push(m.notes.experimental(version));
			break;
		case 'ok':
			break;
	}
	const patch = option.sincePatch?.[version];
	if (patch) notes.push(m.notes.sincePatch(patch, version));
	const later = etcdVersions.find(v => v > version && (option.status[v] === 'removed' || option.status[v] === 'deprecated'));
	if (later && status !== 'removed' && status !== 'deprecated') {
		notes.push(option.status[later] === 'removed' ? m.notes.laterRemoved(later, replacement) : m.notes.laterDeprecated(later, replacement));
	}
	return notes;
}

function firstVersion(option: EtcdOption): EtcdVersion | undefined {
	return etcdVersions.find(v => option.status[v] !== 'absent' && option.status[v] !== 'removed');
}

function removedIn(option: EtcdOption): EtcdVersion | undefined {
	return etcdVersions.find(v => option.status[v] === 'removed');
}

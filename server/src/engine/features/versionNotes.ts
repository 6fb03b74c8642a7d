import type { HoverMessages } from '../l10n/hover.en';
import { atVersion, etcdVersions, type EtcdOption, type EtcdVersion } from '../etcd/options';
import { arrivalAt, availableAt } from '../etcd/availability';
import { yamlModeDefault } from '../etcd/yamlKeys';
import type { Target } from '../etcd/versions';

/**
 * What the option's history means for the target release, in one line each: from the same facts the rules read
 * (the minor's status, the patch the flag or YAML key arrived in, the YAML file's own defaults).
 */
export function versionNotes(option: EtcdOption, target: Target, m: HoverMessages, inYaml = false): string[] {
	const version = target.minor;
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
	const arrival = status === 'absent' || status === 'removed' ? undefined : arrivalAt(option, target, inYaml);
	if (arrival) notes.push(availableAt(option, target, inYaml) ? m.notes.sincePatch(arrival, version) : m.notes.notYet(target.label, arrival, inYaml));
	const yamlDefault = inYaml ? yamlModeDefault(option.name, version) : undefined;
	if (yamlDefault !== undefined) notes.push(m.notes.yamlDefault(version, yamlDefault, atVersion(option.defaultValue, version) ?? ''));
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

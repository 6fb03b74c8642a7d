import { etcdVersions, type EtcdOption, type EtcdVersion } from './options';

/** What the option's history means for the chosen version, in one line each. */
export function versionNotes(option: EtcdOption, version: EtcdVersion): string[] {
	const notes: string[] = [];
	const status = option.status[version];
	const replacement = option.replacedBy ? ` Use \`${option.replacedBy}\` instead.` : '';
	switch (status) {
		case 'absent':
			notes.push(`**Not available in etcd ${version}**: it first appears in etcd ${firstVersion(option) ?? 'a later version'}.`);
			break;
		case 'removed':
			notes.push(`**Removed in etcd ${removedIn(option) ?? version}**: etcd ${version} ignores it in the environment (with a warning) and refuses it as a flag.${replacement}`);
			break;
		case 'deprecated':
			notes.push(`**Deprecated in etcd ${version}**: it still works, but a later version drops it.${replacement}`);
			break;
		case 'experimental':
			notes.push(`Experimental in etcd ${version}.`);
			break;
		case 'ok':
			break;
	}
	const patch = option.sincePatch?.[version];
	if (patch) notes.push(`Available from etcd ${patch} on; older ${version}.x releases reject it.`);
	const later = etcdVersions.find(v => v > version && (option.status[v] === 'removed' || option.status[v] === 'deprecated'));
	if (later && status !== 'removed' && status !== 'deprecated') {
		notes.push(`${option.status[later] === 'removed' ? 'Removed' : 'Deprecated'} in etcd ${later}.${replacement}`);
	}
	return notes;
}

function firstVersion(option: EtcdOption): EtcdVersion | undefined {
	return etcdVersions.find(v => option.status[v] !== 'absent' && option.status[v] !== 'removed');
}

function removedIn(option: EtcdOption): EtcdVersion | undefined {
	return etcdVersions.find(v => option.status[v] === 'removed');
}

export function docsLink(option: EtcdOption, version: EtcdVersion): string {
	return `https://etcd.io/docs/v${version}/op-guide/configuration/#--${option.name}`;
}

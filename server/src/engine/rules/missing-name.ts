import { isSet, memberNames, memberView, unsetNameBecomes } from '../cluster/membership';
import type { Fix, Rule } from './rule';
import { addSetting, flagCarrier, inputOf, spelled } from '../dialects';

/**
 * A member file without a name while its cluster list names the members: etcd then uses `default` (Debian's unit:
 * the host name) and refuses to start when the list does not hold it. Where the file's advertised peer URL
 * identifies one member of the list, that member's name is what is missing, and the fix writes it.
 */
export const missingName: Rule = {
	id: 'missing-name',
	severity: 'error',
	check(doc, ctx) {
		const { cluster, members, implied } = memberView(doc);
		if (!cluster || isSet(doc, 'name')) return [];
		const becomes = unsetNameBecomes(doc);
		const names = memberNames(members);
		if (becomes === 'default' && names.includes('default')) return [];
		// A name goes where etcd reads it beside the list: not into DAEMON_ARGS, which Debian's unit overrides.
		const anchor = inputOf(cluster) === 'command-line' ? flagCarrier(doc) ?? cluster : cluster;
		const nameKey = spelled('name', anchor);
		const listed = names.map(name => `'${name}'`).join(', ');
		const msg = ctx.msg['missing-name'];
		const cause = becomes === 'host-name' ? msg.hostName(nameKey, cluster.key, listed) : msg.byDefault(nameKey, cluster.key, listed);
		// Only a name that can stand in the list as one entry: `=`, `,`, blanks or quotes would break it apart.
		const added = implied !== undefined && /^[^\s,="']+$/.test(implied) ? addSetting(doc, anchor, 'name', implied) : undefined;
		const fixes: Fix[] = added ? [{ title: msg.write(added.text), preferred: true, changes: [added.change] }] : [];
		return [{
			span: cluster.keySpan,
			message: cause + (implied !== undefined ? msg.identified(implied, nameKey) : msg.unidentified(nameKey)),
			// Whether the host is called so is up to the machine, not the file: a warning.
			severity: becomes === 'host-name' ? 'warning' : undefined,
			fixes,
		}];
	},
};

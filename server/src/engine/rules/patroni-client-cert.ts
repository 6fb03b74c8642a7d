import { memberLabel } from '../cluster/patroniCluster';
import { effectiveSetting } from '../dialects/effective';
import type { ConfigDocument, Setting } from '../model/configDocument';
import type { PatroniRule } from './patroniRule';
import { namesOf, tlsMembersLacking } from './shared/patroniChecks';
import { isTrue, nonEmpty } from './shared/urlChecks';

/**
 * A member with client-cert-auth, or with a trusted-ca-file alone, makes its TLS client listeners demand a
 * certificate signed by its CA (v3.5.21:client/pkg/transport/listener.go:555-557, the same in 3.4 and 3.6); Patroni
 * sends one only when `cert` is set (v4.1.4:patroni/dcs/etcd.py:629-630). Every member Patroni reaches over https
 * demanding one: the handshake fails every time, an error; some of them: a warning.
 */
export const patroniClientCert: PatroniRule = {
	id: 'patroni-client-cert',
	severity: 'error',
	check(doc, ctx) {
		const msg = ctx.msg['patroni-client-cert'];
		return doc.sections.flatMap(section => {
			const members = tlsMembersLacking(section, 'cert', ctx.members);
			const demanding = members.filter(member => demandOf(member) !== undefined);
			if (demanding.length === 0) return [];
			const all = demanding.length === members.length;
			const names = namesOf(demanding, ctx.msg.and);
			return [{
				span: section.keySpan,
				message: all ? msg.all(names) : msg.some(names),
				severity: all ? 'error' as const : 'warning' as const,
				related: demanding.map(member => ({ doc: member, span: demandOf(member)!.keySpan, message: msg.related(memberLabel(member)) })),
			}];
		});
	},
};

/** The setting that makes a member demand client certificates: client-cert-auth, else a trusted-ca-file. */
function demandOf(member: ConfigDocument): Setting | undefined {
	return isTrue(member, 'client-cert-auth') ? effectiveSetting(member, 'client-cert-auth') : nonEmpty(member, 'trusted-ca-file');
}

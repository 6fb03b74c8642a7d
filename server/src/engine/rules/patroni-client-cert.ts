import { memberLabel } from '../cluster/patroniCluster';
import { effectiveSetting } from '../dialects/effective';
import type { PatroniRule } from './patroniRule';
import { namesOf, tlsMembersLacking } from './shared/patroniChecks';
import { isTrue } from './shared/urlChecks';

/**
 * A member with client-cert-auth makes its TLS client listeners demand a certificate signed by its CA; Patroni
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
			const demanding = members.filter(member => isTrue(member, 'client-cert-auth'));
			if (demanding.length === 0) return [];
			const all = demanding.length === members.length;
			const names = namesOf(demanding, ctx.msg.and);
			return [{
				span: section.keySpan,
				message: all ? msg.all(names) : msg.some(names),
				severity: all ? 'error' as const : 'warning' as const,
				related: demanding.map(member => ({ doc: member, span: effectiveSetting(member, 'client-cert-auth')!.keySpan, message: msg.related(memberLabel(member)) })),
			}];
		});
	},
};

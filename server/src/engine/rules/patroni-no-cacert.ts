import { memberLabel } from '../cluster/patroniCluster';
import type { ConfigDocument } from '../model/configDocument';
import type { PatroniRule } from './patroniRule';
import { namesOf, tlsMembersLacking } from './shared/patroniChecks';
import { isTrue, nonEmpty } from './shared/urlChecks';

/**
 * Patroni hands `cacert` to python-etcd, which pins verification to it (Patroni v4.1.4:patroni/dcs/etcd.py:626-627,
 * python-etcd 0.4.5:src/etcd/client.py:170-172). Without it urllib3's default applies: since urllib3 1.25 that
 * verifies etcd's certificate against the system's trust store (2.5.0:src/urllib3/connection.py:947-957), before
 * it verified nothing. Members with a private CA (`trusted-ca-file`) or certificates of their own making
 * (`auto-tls` without cert-file) are then refused unless the host trusts them: the world decides, a warning.
 */
export const patroniNoCacert: PatroniRule = {
	id: 'patroni-no-cacert',
	severity: 'warning',
	check(doc, ctx) {
		const msg = ctx.msg['patroni-no-cacert'];
		return doc.sections.flatMap(section => {
			const members = tlsMembersLacking(section, 'cacert', ctx.members);
			const selfMade = members.filter(makesOwnCertificate);
			const privateCa = members.filter(member => !selfMade.includes(member) && nonEmpty(member, 'trusted-ca-file'));
			if (selfMade.length === 0 && privateCa.length === 0) return [];
			const related = [
				...selfMade.map(member => ({ doc: member, span: nonEmpty(member, 'auto-tls')!.keySpan, message: msg.relatedSelfMade(memberLabel(member)) })),
				...privateCa.map(member => ({ doc: member, span: nonEmpty(member, 'trusted-ca-file')!.keySpan, message: msg.relatedPrivateCa(memberLabel(member)) })),
			];
			const message = selfMade.length > 0 ? msg.selfMade(namesOf(selfMade, ctx.msg.and)) : msg.privateCa(namesOf(privateCa, ctx.msg.and));
			return [{ span: section.keySpan, message, related }];
		});
	},
};

/** etcd makes its own client certificate only when auto-tls is on and no certificate is given (ClientSelfCert). */
function makesOwnCertificate(member: ConfigDocument): boolean {
	return isTrue(member, 'auto-tls') && !nonEmpty(member, 'cert-file') && !nonEmpty(member, 'key-file');
}

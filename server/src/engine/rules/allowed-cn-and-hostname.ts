import { nonEmpty } from './shared/urlChecks';
import type { Rule } from './rule';
import { spelled } from '../dialects';

/**
 * A peer certificate may be matched by its CN or by a host name, never both. etcd checks the pair when it
 * builds TLS from peer-cert-file/peer-key-file (for listening and for dialing, so http peer URLs do not help);
 * without those files (or with peer-auto-tls, which drops both lists) the pair is ignored.
 */
export const allowedCnAndHostname: Rule = {
	id: 'allowed-cn-and-hostname',
	severity: 'error',
	check(doc, ctx) {
		const msg = ctx.msg['allowed-cn-and-hostname'];
		const cn = nonEmpty(doc, 'peer-cert-allowed-cn');
		const hostname = nonEmpty(doc, 'peer-cert-allowed-hostname');
		if (!cn || !hostname) return [];
		const certified = nonEmpty(doc, 'peer-cert-file') && nonEmpty(doc, 'peer-key-file');
		const files = `${spelled('peer-cert-file', hostname)}/${spelled('peer-key-file', hostname)}`;
		return [{
			span: { start: hostname.keySpan.start, end: hostname.valueSpan.end },
			message: certified
				? msg.refused(hostname.key, cn.key)
				: msg.idle(hostname.key, cn.key, files),
			severity: certified ? undefined : 'warning',
			related: [{ span: { start: cn.keySpan.start, end: cn.valueSpan.end }, message: msg.related(cn.key) }],
		}];
	},
};

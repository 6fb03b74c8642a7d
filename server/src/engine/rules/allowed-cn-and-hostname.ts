import { nonEmpty, sideTls } from './shared/urlChecks';
import type { ConfigDocument, Setting } from '../model/configDocument';
import type { Problem, Rule, RuleContext } from './rule';
import { spelled } from '../dialects';
import { holds } from '../etcd/versions';
import { behaviourSince } from '../etcd/patchFacts';

/**
 * A certificate may be matched by its CN or by a host name, never both. etcd checks the pair where it builds a
 * side's TLS from its certificate files: for peers from peer-cert-file/peer-key-file (for listening and for
 * dialing, so http peer URLs do not help; v3.5.33:client/pkg/transport/listener.go:431), for clients (3.5.14+,
 * the CNs only from YAML) from cert-file/key-file once a client or metrics listener serves TLS. Without those files
 * (or with auto TLS, which drops both lists) the pair is ignored.
 */
export const allowedCnAndHostname: Rule = {
	id: 'allowed-cn-and-hostname',
	severity: 'error',
	check(doc, ctx) {
		const peer = pairProblem(nonEmpty(doc, 'peer-cert-allowed-cn'), nonEmpty(doc, 'peer-cert-allowed-hostname'), doc, ['peer-cert-file', 'peer-key-file'], true, ctx);
		const clientCn = holds(behaviourSince.clientAllowedCnInYaml, ctx.target) ? doc.settings.filter(s => s.key.toLowerCase() === 'client-transport-security.allowed-cn' && s.value !== '').pop() : undefined;
		const client = pairProblem(clientCn, nonEmpty(doc, 'client-cert-allowed-hostname'), doc, ['cert-file', 'key-file'], sideTls(doc, 'client', ctx.target) === 'tls', ctx);
		return [...peer, ...client];
	},
};

function pairProblem(cn: Setting | undefined, hostname: Setting | undefined, doc: ConfigDocument, files: readonly string[], built: boolean, ctx: RuleContext): Problem[] {
	if (!cn || !hostname) return [];
	const msg = ctx.msg['allowed-cn-and-hostname'];
	const certified = built && files.every(name => nonEmpty(doc, name));
	return [{
		span: { start: hostname.keySpan.start, end: hostname.valueSpan.end },
		message: certified ? msg.refused(hostname.key, cn.key) : msg.idle(hostname.key, cn.key, files.map(name => spelled(name, hostname)).join('/')),
		severity: certified ? undefined : 'warning',
		related: [{ span: { start: cn.keySpan.start, end: cn.valueSpan.end }, message: msg.related(cn.key) }],
	}];
}

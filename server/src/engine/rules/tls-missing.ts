import { entriesOf, isSecure, isTrue, listenOptions, nonEmpty, sideTls, tlsOptions } from './shared/urlChecks';
import { valueSubspan, type ConfigDocument } from '../model/configDocument';
import type { RuleMessages } from '../l10n/rules.en';
import type { Target } from '../etcd/versions';
import type { Problem, Rule } from './rule';
import { spelled } from '../dialects';

/**
 * An https/unixs listener needs a certificate and its key (or auto TLS) for its side, and a
 * lone certificate or key is refused wherever etcd builds TLS from it. Peers build it even over http, to dial
 * other members; on the client side a lone file only waits for the first https URL.
 */
export const tlsMissing: Rule = {
	id: 'tls-missing',
	severity: 'error',
	check(doc, ctx) {
		const problems: Problem[] = [];
		const msg = ctx.msg['tls-missing'];
		for (const side of ['client', 'peer'] as const) {
			const names = tlsOptions[side];
			const cert = nonEmpty(doc, names.cert);
			const key = nonEmpty(doc, names.key);
			if (cert && key) {
				problems.push(...outgoingPair(doc, side, ctx.target, msg));
				continue;
			}
			const given = cert ?? key;
			if (given) {
				const missing = spelled(cert ? names.key : names.cert, given);
				const tls = sideTls(doc, side, ctx.target);
				problems.push({
					span: given.valueSpan,
					message: side === 'peer'
						? msg.peerPair(given.key, missing)
						: tls === 'tls'
							? msg.clientPair(given.key, missing)
							: msg.clientPairIdle(given.key, missing),
					severity: side === 'client' && tls !== 'tls' ? 'warning' : undefined,
				});
				continue;
			}
			if (isTrue(doc, names.auto)) continue;
			for (const { setting, piece, url } of entriesOf(doc, listenOptions[side], ctx.target)) {
				if (!url || !isSecure(url)) continue;
				const [certName, keyName, autoName] = [names.cert, names.key, names.auto].map(name => spelled(name, setting));
				problems.push({
					span: valueSubspan(setting, piece.from, piece.to),
					message: msg.noPair(setting.key, piece.text, certName, keyName, autoName),
				});
			}
		}
		return problems;
	},
};

/**
 * The certificate pair a member presents when it dials (3.5+: client-cert-file/client-key-file, and the peer
 * pair): etcd checks it where it builds that side's TLS from its main pair, for peers always, for clients with a TLS
 * listener (v3.5.33:client/pkg/transport/listener.go:390); elsewhere a lone file is ignored.
 */
function outgoingPair(doc: ConfigDocument, side: 'client' | 'peer', target: Target, msg: RuleMessages['tls-missing']): Problem[] {
	const [certName, keyName] = side === 'peer' ? ['peer-client-cert-file', 'peer-client-key-file'] : ['client-cert-file', 'client-key-file'];
	const cert = nonEmpty(doc, certName);
	const key = nonEmpty(doc, keyName);
	const given = cert ?? key;
	if (!given || (cert && key)) return [];
	const built = side === 'peer' || sideTls(doc, side, target) === 'tls';
	const missing = spelled(cert ? keyName : certName, given);
	return [{ span: given.valueSpan, message: built ? msg.outgoingPair(given.key, missing) : msg.outgoingIdle(given.key, missing), severity: built ? undefined : 'warning' }];
}

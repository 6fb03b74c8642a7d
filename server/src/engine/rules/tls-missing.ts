import { entriesOf, isSecure, isTrue, listenOptions, nonEmpty, sideTls, tlsOptions } from './shared/urlChecks';
import { valueSubspan } from '../model/configDocument';
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
			if (cert && key) continue;
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

import { isTrue, nonEmpty, sideTls, tlsOptions } from './shared/urlChecks';
import type { Fix, Problem, Rule } from './rule';
import { addSetting, replaceValue, spelled } from '../dialects';

/**
 * A trusted CA file alone already makes etcd demand a certificate signed by it from every client (or peer) of
 * a TLS listener, whatever client-cert-auth says (TLSInfo.ServerConfig). Worth knowing; not a mistake.
 */
export const caImpliesCertAuth: Rule = {
	id: 'ca-implies-cert-auth',
	severity: 'information',
	check(doc, ctx) {
		const problems: Problem[] = [];
		for (const side of ['client', 'peer'] as const) {
			const names = tlsOptions[side];
			const ca = nonEmpty(doc, names.ca);
			if (!ca || isTrue(doc, names.certAuth) || sideTls(doc, side, ctx.target) !== 'tls') continue;
			const certAuthName = spelled(names.certAuth, ca);
			const certAuth = nonEmpty(doc, names.certAuth);
			const change = certAuth ? replaceValue(doc, certAuth, 'true') : addSetting(doc, ca, names.certAuth, 'true', true)?.change;
			const fix: Fix | undefined = change && { title: ctx.msg['ca-implies-cert-auth'].fix(certAuthName), changes: [change], preferred: true };
			problems.push({
				span: { start: ca.keySpan.start, end: ca.valueSpan.end },
				message: ctx.msg['ca-implies-cert-auth'].message(ca.key, certAuthName, side === 'peer'),
				fixes: fix && [fix],
			});
		}
		return problems;
	},
};

import { isTrue, nonEmpty, sideTls, tlsOptions } from './shared/urlChecks';
import type { Problem, Rule } from './rule';
import { spelled } from '../dialects';

/**
 * With certificate auth on and no CA file, Go checks the certificates that clients (or peers) present
 * against the system's root CAs, so certificates from a private CA are refused at every handshake.
 */
export const certAuthWithoutCa: Rule = {
	id: 'cert-auth-without-ca',
	severity: 'warning',
	check(doc, ctx) {
		const problems: Problem[] = [];
		for (const side of ['client', 'peer'] as const) {
			const names = tlsOptions[side];
			const certAuth = nonEmpty(doc, names.certAuth);
			if (!certAuth || !isTrue(doc, names.certAuth) || nonEmpty(doc, names.ca) || sideTls(doc, side, ctx.target) === 'plain') continue;
			const ca = spelled(names.ca, certAuth);
			problems.push({
				span: { start: certAuth.keySpan.start, end: certAuth.valueSpan.end },
				message: ctx.msg['cert-auth-without-ca'].message(certAuth.key, ca, side === 'peer'),
			});
		}
		return problems;
	},
};

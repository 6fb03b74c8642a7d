import { effectiveSetting } from '../dialects/effective';
import { hasTemplate } from '../parsers/templates';
import { written } from './cipher-suites';
import type { Problem, Rule } from './rule';

/**
 * tls-min-version and tls-max-version (3.4.25+, 3.5.8+): a minimum above the maximum is refused, and so are
 * cipher suites under a TLS 1.3 minimum (Go does not let TLS 1.3 suites be chosen). Both in etcd's validation,
 * TLS in use or not. Unknown version names are invalid-value's.
 */
export const tlsVersion: Rule = {
	id: 'tls-version',
	severity: 'error',
	check(doc, ctx) {
		const min = effectiveSetting(doc, 'tls-min-version');
		if (!min || min.value !== 'TLS1.3') return [];
		const msg = ctx.msg['tls-version'];
		const problems: Problem[] = [];
		const max = effectiveSetting(doc, 'tls-max-version');
		if (max?.value === 'TLS1.2') problems.push({ span: max.valueSpan, message: msg.minAboveMax(max.key, min.key), related: [{ span: min.valueSpan, message: min.key }] });
		const suites = effectiveSetting(doc, 'cipher-suites');
		if (suites && (suites.value !== '' || written(suites)) && !hasTemplate(suites.value)) {
			problems.push({ span: suites.valueSpan, message: msg.tls13Suites(suites.key, min.key), related: [{ span: min.valueSpan, message: min.key }] });
		}
		return problems;
	},
};

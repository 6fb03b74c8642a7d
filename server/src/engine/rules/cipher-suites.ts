import { inputOf } from '../dialects';
import { effectiveSetting, effectiveValue } from '../dialects/effective';
import { cipherSuiteNames, http2Suites } from '../etcd/cipherSuites';
import type { ConfigDocument, Setting } from '../model/configDocument';
import { hasTemplate } from '../parsers/templates';
import { suggestionsFor } from './shared/keyChecks';
import type { Problem, Rule } from './rule';
import { runsAsProxy } from './shared/memberChecks';
import { entriesOf, isSecure } from './shared/urlChecks';
import { alternatives } from '../text/alternatives';

/**
 * Every cipher-suites entry must be a suite name etcd knows, exactly (nothing is trimmed, an empty piece is a name
 * too): etcd checks them while it sets up its peer listeners, https or not, and refuses to start. A client listener
 * serving HTTP over TLS also needs one of the two suites HTTP/2 requires, or it dies just after the member says it
 * is ready. A 3.4/3.5 v2 proxy checks neither.
 */
export const cipherSuites: Rule = {
	id: 'cipher-suites',
	severity: 'error',
	check(doc, ctx) {
		const setting = effectiveSetting(doc, 'cipher-suites');
		if (!setting || runsAsProxy(doc, ctx.target) || hasTemplate(setting.value) || (setting.value === '' && !written(setting))) return [];
		const msg = ctx.msg['cipher-suites'];
		const names = cipherSuiteNames(ctx.target);
		const entries = setting.yaml?.kind === 'list' ? setting.yaml.items.map(item => item.text) : setting.value.split(',');
		const problems: Problem[] = entries.filter(entry => !names.includes(entry)).map(entry => {
			const meant = suggestionsFor(entry.trim(), names)[0];
			return { span: setting.valueSpan, message: msg.unknown(setting.key, entry, ctx.target.label, entry.trim() !== entry, meant) };
		});
		if (problems.length === 0 && servesHttpOverTls(doc, ctx.target) && !entries.some(entry => http2Suites.includes(entry)) && effectiveValue(doc, 'tls-min-version') !== 'TLS1.3') {
			problems.push({ span: setting.valueSpan, message: msg.http2(setting.key, alternatives(http2Suites, msg.or)) });
		}
		return problems;
	},
};

/** A list setting that holds entries: an empty flag (`--cipher-suites=`) is a list of one empty name; an empty variable or YAML null sets nothing. */
export function written(setting: Setting): boolean {
	return inputOf(setting) === 'command-line' || setting.yaml?.kind === 'list';
}

/** A client listener that speaks HTTP over TLS: https/unixs in listen-client-http-urls, or else in listen-client-urls. */
function servesHttpOverTls(doc: ConfigDocument, target: Parameters<typeof entriesOf>[2]): boolean {
	const http = entriesOf(doc, ['listen-client-http-urls'], target);
	const serving = http.length > 0 ? http : entriesOf(doc, ['listen-client-urls'], target);
	return serving.some(entry => entry.url !== undefined && isSecure(entry.url));
}

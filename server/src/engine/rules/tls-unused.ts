import { advertiseOption, entriesOf, isSecure, isTrue, listenOptions, listenUrls, nonEmpty, sideTls, tlsOptions, type Side } from './shared/urlChecks';
import type { EtcdVersion } from '../etcd/options';
import type { Target } from '../etcd/versions';
import { parseInitialCluster } from '../etcd/urls';
import { valueSubspan, type ConfigDocument } from '../model/configDocument';
import { hasTemplate } from '../parsers/templates';
import type { RuleMessages } from '../l10n/rules.en';
import type { Problem, Rule } from './rule';

type Messages = RuleMessages['tls-unused'];

/**
 * TLS settings for a side whose URLs are all plain http are ignored (etcd only logs it), and an
 * advertised scheme that no listener of that side speaks sends peers or clients into a failed handshake.
 */
export const tlsUnused: Rule = {
	id: 'tls-unused',
	severity: 'warning',
	check(doc, ctx) {
		return (['client', 'peer'] as const).flatMap(side => [...ignored(doc, side, ctx.target, ctx.msg['tls-unused']), ...schemeMismatch(doc, side, ctx.target, ctx.msg['tls-unused'])]);
	},
};

function ignored(doc: ConfigDocument, side: Side, version: EtcdVersion | Target, msg: Messages): Problem[] {
	if (sideTls(doc, side, version) !== 'plain' || side === 'peer' && dialsTls(doc, version)) return [];
	const names = tlsOptions[side];
	const pair = nonEmpty(doc, names.cert) && nonEmpty(doc, names.key) ? [names.cert, names.key] : [];
	const flags = [names.certAuth, names.auto].filter(name => isTrue(doc, name));
	return [...pair, names.ca, ...flags].flatMap(name => nonEmpty(doc, name) ?? []).map(setting => ({
		span: { start: setting.keySpan.start, end: setting.valueSpan.end },
		message: side === 'client'
			? msg.client(setting.key)
			: msg.peer(setting.key),
		unnecessary: true,
	}));
}

/** A peer certificate still serves to dial members listed with https (or hidden behind a template). */
function dialsTls(doc: ConfigDocument, version: EtcdVersion | Target): boolean {
	const cluster = nonEmpty(doc, 'initial-cluster')?.value ?? '';
	const listed = hasTemplate(cluster) || parseInitialCluster(cluster).some(m => /^https:/i.test(m.url));
	return listed || entriesOf(doc, [advertiseOption.peer], version).some(e => e.url !== undefined && isSecure(e.url));
}

function schemeMismatch(doc: ConfigDocument, side: Side, version: EtcdVersion | Target, msg: Messages): Problem[] {
	const { urls, templated } = listenUrls(doc, side, version, listenOptions[side].filter(n => n !== 'listen-metrics-urls'));
	const served = new Set(urls.filter(u => !u.scheme.startsWith('unix')).map(isSecure));
	if (templated || served.size === 0) return [];
	return entriesOf(doc, [advertiseOption[side]], version).flatMap(({ setting, piece, url }) => {
		if (!url || url.scheme.startsWith('unix') || served.has(isSecure(url))) return [];
		return [{
			span: valueSubspan(setting, piece.from, piece.to),
			message: msg.scheme(setting.key, piece.text, url.scheme, side === 'peer', !isSecure(url)),
		}];
	});
}

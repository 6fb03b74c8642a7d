import { advertiseOption, entriesOf, isSecure, isTrue, listenOptions, listenUrls, nonEmpty, sideTls, tlsOptions, type Side } from '../etcd/urlChecks';
import type { EtcdVersion } from '../etcd/options';
import { parseInitialCluster } from '../etcd/urls';
import { valueSubspan, type ConfigDocument } from '../model';
import { hasTemplate } from '../templates';
import type { Problem, Rule } from './rule';

/**
 * E4, E5, H7: TLS settings for a side whose URLs are all plain http are ignored (etcd only logs it), and an
 * advertised scheme that no listener of that side speaks sends peers or clients into a failed handshake.
 */
export const tlsUnused: Rule = {
	id: 'tls-unused',
	severity: 'warning',
	check(doc, ctx) {
		return (['client', 'peer'] as const).flatMap(side => [...ignored(doc, side, ctx.version), ...schemeMismatch(doc, side, ctx.version)]);
	},
};

function ignored(doc: ConfigDocument, side: Side, version: EtcdVersion): Problem[] {
	if (sideTls(doc, side, version) !== 'plain' || side === 'peer' && dialsTls(doc, version)) return [];
	const names = tlsOptions[side];
	const pair = nonEmpty(doc, names.cert) && nonEmpty(doc, names.key) ? [names.cert, names.key] : [];
	const flags = [names.certAuth, names.auto].filter(name => isTrue(doc, name));
	return [...pair, names.ca, ...flags].flatMap(name => nonEmpty(doc, name) ?? []).map(setting => ({
		span: { start: setting.keySpan.start, end: setting.valueSpan.end },
		message: side === 'client'
			? `${setting.key} has no effect: every client URL of this member is plain http, so etcd serves no TLS there; switch the client URLs to https or drop the setting.`
			: `${setting.key} serves no purpose: this member and every peer it lists use plain http, so no peer connection uses TLS; switch the peer URLs to https or drop the setting.`,
		unnecessary: true,
	}));
}

/** A peer certificate still serves to dial members listed with https (or hidden behind a template). */
function dialsTls(doc: ConfigDocument, version: EtcdVersion): boolean {
	const cluster = nonEmpty(doc, 'initial-cluster')?.value ?? '';
	const listed = hasTemplate(cluster) || parseInitialCluster(cluster).some(m => /^https:/i.test(m.url));
	return listed || entriesOf(doc, [advertiseOption.peer], version).some(e => e.url !== undefined && isSecure(e.url));
}

function schemeMismatch(doc: ConfigDocument, side: Side, version: EtcdVersion): Problem[] {
	const { urls, templated } = listenUrls(doc, side, version, listenOptions[side].filter(n => n !== 'listen-metrics-urls'));
	const served = new Set(urls.filter(u => !u.scheme.startsWith('unix')).map(isSecure));
	if (templated || served.size === 0) return [];
	return entriesOf(doc, [advertiseOption[side]], version).flatMap(({ setting, piece, url }) => {
		if (!url || url.scheme.startsWith('unix') || served.has(isSecure(url))) return [];
		const listened = isSecure(url) ? 'plain http' : 'https';
		return [{
			span: valueSubspan(setting, piece.from, piece.to),
			message: `${setting.key}: ${piece.text} advertises ${url.scheme}, but every ${side} listen URL of this member is ${listened}; ${side === 'peer' ? 'peers' : 'clients'} following it fail to connect.`,
		}];
	});
}

import { urlList } from '../cluster/membership';
import type { EtcdVersion } from '../etcd/options';
import type { Target } from '../etcd/versions';
import { isIpLiteral, isWildcard, parseEtcdUrl, type EtcdUrl } from '../etcd/urls';

import { valueSubspan, type ConfigDocument } from '../model/configDocument';
import type { RuleMessages } from '../l10n/rules.en';
import type { Problem, Rule } from './rule';

const sides = [
	{ advertise: 'initial-advertise-peer-urls', listen: 'listen-peer-urls', peer: true },
	{ advertise: 'advertise-client-urls', listen: 'listen-client-urls', peer: false },
];

/**
 * An advertised address that no listener of this member serves: others are told to connect where nothing
 * answers. Whether an IP belongs to this host is outside the file, so this is a warning, and a host name is
 * only checked for its port.
 */
export const advertiseNotServed: Rule = {
	id: 'advertise-not-served',
	severity: 'warning',
	check(doc, ctx) {
		return sides.flatMap(side => unserved(doc, side.advertise, side.listen, side.peer, ctx.target, ctx.msg['advertise-not-served']));
	},
};

function unserved(doc: ConfigDocument, advertiseName: string, listenName: string, peer: boolean, version: EtcdVersion | Target, msg: RuleMessages['advertise-not-served']): Problem[] {
	const advertised = urlList(doc, advertiseName, version);
	const listened = urlList(doc, listenName, version);
	if (!advertised.setting || advertised.templated || listened.templated) return [];
	const listeners = listened.pieces.map(p => parseEtcdUrl(p.text, version).url).filter((u): u is EtcdUrl => u !== undefined);
	const problems: Problem[] = [];
	for (const piece of advertised.pieces) {
		const url = parseEtcdUrl(piece.text, version);
		if (!url.ok || url.url.scheme.startsWith('unix') || isWildcard(url.url.host)) continue;
		if (listeners.some(listener => serves(listener, url.url))) continue;
		const listenText = listened.pieces.map(p => p.text).join(', ');
		problems.push({
			span: valueSubspan(advertised.setting, piece.from, piece.to),
			message: msg.message(piece.text, peer, listenText, !listened.setting, isIpLiteral(url.url.host)),
			related: listened.setting ? [{ span: listened.setting.valueSpan, message: msg.related }] : undefined,
		});
	}
	return problems;
}

/** A listener serves an advertised URL on the same port, on that address or on every address. */
function serves(listener: EtcdUrl, advertised: EtcdUrl): boolean {
	if (listener.port !== advertised.port) return false;
	if (isWildcard(listener.host) || !isIpLiteral(advertised.host)) return true;
	return listener.host === advertised.host;
}

import { memberFacts } from '../cluster/members';
import { isLoopback, isWildcard, parseEtcdUrl, splitList, type EtcdUrl } from '../etcd/urls';
import { valueSubspan, type ConfigDocument } from '../model/configDocument';
import { effectiveSetting } from '../dialects/effective';
import { hasTemplate } from '../parsers/templates';
import type { Problem, Rule } from './rule';

const listeners = ['listen-peer-urls', 'listen-client-urls'];

/**
 * Two members of one cluster on the same host must not listen on the same port: the second one cannot bind.
 * Which files share a host is read from their addresses (a shared IP, or only loopback addresses: a test
 * cluster on one machine), so this stays a warning.
 */
export const portClash: Rule = {
	id: 'port-clash',
	severity: 'warning',
	check(doc, ctx) {
		const problems: Problem[] = [];
		for (const sibling of ctx.siblings.filter(s => sameHost(doc, s))) {
			for (const option of listeners) {
				const own = effectiveSetting(doc, option);
				if (!own || hasTemplate(own.value)) continue;
				for (const piece of splitList(own.value, true)) {
					const url = parseEtcdUrl(piece.text, ctx.target).url;
					const clash = url && listenUrls(sibling).find(other => other.port === url.port && overlaps(url.host, other.host));
					if (!url || !clash) continue;
					problems.push({
						span: valueSubspan(own, piece.from, piece.to),
						message: ctx.msg['port-clash'].message(memberFacts(sibling).name?.value, url.port),
						related: [{ doc: sibling, span: effectiveSetting(sibling, option)?.valueSpan ?? { start: 0, end: 0 }, message: ctx.msg['port-clash'].related }],
					});
				}
			}
		}
		return problems;
	},
};

function listenUrls(doc: ConfigDocument): EtcdUrl[] {
	return listeners.flatMap(option => splitList(effectiveSetting(doc, option)?.value ?? '', true))
		.map(piece => parseEtcdUrl(piece.text, '3.5').url).filter((url): url is EtcdUrl => url !== undefined);
}

/** Where a member is: the addresses it listens on (wildcards say nothing) and the addresses it advertises. */
function hosts(doc: ConfigDocument): string[] {
	const advertised = ['initial-advertise-peer-urls', 'advertise-client-urls']
		.flatMap(option => splitList(effectiveSetting(doc, option)?.value ?? '', true))
		.map(piece => parseEtcdUrl(piece.text, '3.5').url?.host ?? '');
	return [...listenUrls(doc).map(url => url.host), ...advertised].filter(host => host !== '' && !isWildcard(host));
}

/** A shared routable address, or (a test cluster on one machine) nothing but loopback addresses on both sides. */
function sameHost(a: ConfigDocument, b: ConfigDocument): boolean {
	const own = hosts(a);
	const other = hosts(b);
	if (own.length === 0 || other.length === 0) return false;
	const routable = (list: string[]) => list.filter(host => !isLoopback(host));
	if (routable(own).length === 0 && routable(other).length === 0) return true;
	return routable(own).some(host => routable(other).includes(host));
}

function overlaps(a: string, b: string): boolean {
	return a === b || isWildcard(a) || isWildcard(b) || (isLoopback(a) && isLoopback(b) && a === b);
}

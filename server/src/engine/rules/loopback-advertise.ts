import { memberNames, memberView } from '../cluster/membership';
import { advertiseOption, literalPieces, liveSettings } from './shared/urlChecks';
import { isLoopback, isWildcard, parseEtcdUrl } from '../etcd/urls';
import { valueSubspan } from '../model/configDocument';
import { effectiveValue } from '../dialects/effective';
import type { Problem, Rule } from './rule';

/**
 * In a cluster whose other members sit on other hosts, a loopback address sends whoever uses it back to
 * their own machine. Whether the hosts really differ is outside the file, so this only warns.
 */
export const loopbackAdvertise: Rule = {
	id: 'loopback-advertise',
	severity: 'warning',
	check(doc, ctx) {
		const { cluster, members } = memberView(doc);
		if (!cluster || memberNames(members).length < 2) return [];
		const hostOf = (url: string) => {
			const parsed = parseEtcdUrl(url, ctx.target);
			return parsed.ok && !parsed.url.scheme.startsWith('unix') ? parsed.url.host : undefined;
		};
		const remoteBesides = (name?: string) => members.some(m => {
			const host = hostOf(m.url);
			return m.name !== name && host !== undefined && !isLoopback(host) && !isWildcard(host);
		});
		const problems: Problem[] = [];
		for (const member of members) {
			const host = hostOf(member.url);
			if (host === undefined || !isLoopback(host) || !remoteBesides(member.name)) continue;
			problems.push({
				span: valueSubspan(cluster, member.urlFrom, member.urlTo),
				message: ctx.msg['loopback-advertise'].listed(cluster.key, member.name, member.url),
			});
		}
		const name = effectiveValue(doc, 'name');
		if (!remoteBesides(name)) return problems;
		for (const side of ['peer', 'client'] as const) {
			for (const setting of liveSettings(doc, advertiseOption[side])) {
				for (const piece of literalPieces(setting.value)) {
					const host = hostOf(piece.text);
					if (host === undefined || !isLoopback(host)) continue;
					problems.push({
						span: valueSubspan(setting, piece.from, piece.to),
						message: ctx.msg['loopback-advertise'].advertised(setting.key, piece.text, side === 'peer'),
					});
				}
			}
		}
		return problems;
	},
};

import { advertiseOption, concreteListenHost, literalPieces, liveSettings, withHost } from './shared/urlChecks';
import { parseEtcdUrl, splitHostPort } from '../etcd/urls';
import { valueSubspan } from '../model/configDocument';
import type { Problem, Rule } from './rule';
import { behaviourSince } from '../etcd/patchFacts';
import { holds, type Target } from '../etcd/versions';
import { pieceChange } from '../dialects';

/**
 * `http://:2380` passes the URL parser, but etcd refuses an advertise URL without a host at start
 * (v3.6.14:server/embed/config.go:1623). From 3.5.13 unix URLs pass the parser without host:port, and the same check
 * then refuses `unix:///run/etcd.sock` as an advertise URL, until 3.7 exempts unix URLs from it.
 */
export const advertiseEmptyHost: Rule = {
	id: 'advertise-empty-host',
	severity: 'error',
	check(doc, ctx) {
		const problems: Problem[] = [];
		for (const side of ['peer', 'client'] as const) {
			const concrete = concreteListenHost(doc, side, ctx.target);
			for (const setting of liveSettings(doc, advertiseOption[side])) {
				for (const piece of literalPieces(setting.value)) {
					const parsed = parseEtcdUrl(piece.text, ctx.target);
					if (!parsed.ok || !lacksHost(piece.text, parsed.url.scheme, ctx.target)) continue;
					const url = concrete && withHost(piece.text, concrete);
					problems.push({
						span: valueSubspan(setting, piece.from, piece.to),
						message: ctx.msg['advertise-empty-host'].message(setting.key, piece.text, side === 'peer'),
						fixes: url ? [{ title: ctx.msg.useListened(url), changes: [pieceChange(doc, setting, piece.from, piece.to, url)], preferred: true }] : undefined,
					});
				}
			}
		}
		return problems;
	},
};

/** Whether etcd's advertise check finds no host: an empty one, or for a unix URL (3.5.13 to 3.6) no host:port at all. */
function lacksHost(text: string, scheme: string, target: Target): boolean {
	const unix = scheme.startsWith('unix');
	if (unix && (!holds(behaviourSince.unixUrlsRelaxed, target) || holds(behaviourSince.unixAdvertiseExempt, target))) return false;
	const authority = (/^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#]*)/.exec(text)?.[1] ?? '').replace(/^[^@]*@/, '');
	const split = splitHostPort(authority);
	return split.port === undefined || split.host === '';
}

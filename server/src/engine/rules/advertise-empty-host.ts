import { advertiseOption, concreteListenHost, literalPieces, liveSettings, withHost } from './shared/urlChecks';
import { parseEtcdUrl } from '../etcd/urls';
import { valueSubspan } from '../model/configDocument';
import type { Problem, Rule } from './rule';
import { pieceChange } from '../dialects';

/** B5: `http://:2380` passes the URL parser, but etcd refuses an advertise URL without a host at start. */
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
					if (!parsed.ok || parsed.url.scheme.startsWith('unix') || parsed.url.host !== '') continue;
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

import { advertiseOption, concreteListenHost, literalPieces, liveSettings, withHost, type Side } from './shared/urlChecks';
import { parseEtcdUrl, parseInitialCluster, type ListPiece } from '../etcd/urls';
import { valueSubspan, type Setting } from '../model/configDocument';
import { effectiveValue } from '../dialects/effective';
import { hasTemplate } from '../parsers/templates';
import type { Problem, Rule } from './rule';
import { pieceChange } from '../dialects';

/**
 * H1: `0.0.0.0` and `[::]` mean "every address" only to a listener. Advertised, they send peers or clients to
 * an address that is nowhere (or to themselves); etcd accepts them without a word.
 */
export const advertiseUnreachable: Rule = {
	id: 'advertise-unreachable',
	severity: 'warning',
	check(doc, ctx) {
		const problems: Problem[] = [];
		const report = (setting: Setting, piece: ListPiece, side: Side, message: (url: string) => string, own: boolean, hosts = ['0.0.0.0', '::']) => {
			const parsed = parseEtcdUrl(piece.text, ctx.target);
			if (!parsed.ok || parsed.url.scheme.startsWith('unix') || !hosts.includes(parsed.url.host)) return;
			const concrete = own ? concreteListenHost(doc, side, ctx.target) : undefined;
			const url = concrete && withHost(piece.text, concrete);
			problems.push({
				span: valueSubspan(setting, piece.from, piece.to),
				message: message(piece.text),
				fixes: url ? [{ title: ctx.msg.useListened(url), changes: [pieceChange(doc, setting, piece.from, piece.to, url)], preferred: true }] : undefined,
			});
		};
		for (const side of ['peer', 'client'] as const) {
			for (const setting of liveSettings(doc, advertiseOption[side])) {
				for (const piece of literalPieces(setting.value)) report(setting, piece, side, url => ctx.msg['advertise-unreachable'].advertised(setting.key, url, side === 'peer'), true);
			}
		}
		const name = effectiveValue(doc, 'name');
		for (const setting of liveSettings(doc, 'initial-cluster')) {
			for (const member of parseInitialCluster(setting.value).filter(m => !hasTemplate(m.url))) {
				const piece = { text: member.url, from: member.urlFrom, to: member.urlTo };
				report(setting, piece, 'peer', url => ctx.msg['advertise-unreachable'].listed(setting.key, member.name, url), member.name === name, ['0.0.0.0', '::', '']);
			}
		}
		return problems;
	},
};

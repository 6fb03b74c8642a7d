import { literalPieces, liveSettings, pieceChange, urlListSettings } from '../etcd/urlChecks';
import { valueSubspan } from '../model';
import type { Problem, Rule } from './rule';

/** B13: the same URL twice in one list; flags and ETCD_* variables merge the two silently, so one is noise. */
export const duplicateUrl: Rule = {
	id: 'duplicate-url',
	severity: 'warning',
	check(doc, ctx) {
		const problems: Problem[] = [];
		const msg = ctx.msg['duplicate-url'];
		for (const setting of [...urlListSettings(doc, ctx.version), ...liveSettings(doc, 'cors')]) {
			const seen = new Map<string, { from: number; to: number }>();
			for (const piece of literalPieces(setting.value).filter(p => p.text !== '')) {
				// Go prints the scheme in lower case, and etcd compares what it prints.
				const key = piece.text.replace(/^[A-Za-z][A-Za-z0-9+.-]*:/, scheme => scheme.toLowerCase());
				const first = seen.get(key);
				if (!first) {
					seen.set(key, piece);
					continue;
				}
				const comma = setting.value.lastIndexOf(',', piece.from - 1);
				problems.push({
					span: valueSubspan(setting, piece.from, piece.to),
					message: msg.message(setting.key, piece.text),
					related: [{ span: valueSubspan(setting, first.from, first.to), message: msg.related }],
					fixes: [{ title: msg.fix, changes: [pieceChange(doc.text, setting, comma, piece.to, '')], preferred: true, safe: true }],
				});
			}
		}
		return problems;
	},
};

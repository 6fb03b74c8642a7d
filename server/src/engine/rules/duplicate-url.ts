import { inputOf, pieceChange } from '../dialects';
import { literalPieces, liveSettings, urlListSettings } from './shared/urlChecks';
import { behaviourSince } from '../etcd/patchFacts';
import { holds, type Target } from '../etcd/versions';
import { valueSubspan, type Setting } from '../model/configDocument';
import type { Problem, Rule } from './rule';

/**
 * The same URL twice in one list. A YAML file keeps both copies in every version, and so do flags and ETCD_*
 * variables before 3.4.28 and 3.5.10 (later ones merge the two silently). Two copies of a peer or metrics listener
 * bind the address twice, two of an advertised peer URL no longer match the cluster list: etcd refuses to start
 * (observed with 3.4.23 for variables, flags and YAML). Repeated client listeners are served once.
 */
const fatalTwice = new Set(['listen-peer-urls', 'listen-metrics-urls', 'initial-advertise-peer-urls']);

export const duplicateUrl: Rule = {
	id: 'duplicate-url',
	severity: 'warning',
	check(doc, ctx) {
		const problems: Problem[] = [];
		const msg = ctx.msg['duplicate-url'];
		for (const setting of [...urlListSettings(doc, ctx.target), ...liveSettings(doc, 'cors')]) {
			const wording = wordingFor(ctx.target, setting);
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
					message: wording === 'fatal' ? msg.fatal(setting.key, piece.text, ctx.target.label, inputOf(setting) === 'config-file') : msg[wording](setting.key, piece.text),
					severity: wording === 'fatal' ? 'error' : undefined,
					related: [{ span: valueSubspan(setting, first.from, first.to), message: msg.related }],
					fixes: [{ title: msg.fix, changes: [pieceChange(doc, setting, comma, piece.to, '')], preferred: true, safe: true }],
				});
			}
		}
		return problems;
	},
};

/** How etcd takes the repetition: fatal (both copies kept of a listener or advertised peer URL), kept (YAML), merged. */
function wordingFor(target: Target, setting: Setting): 'fatal' | 'yamlKept' | 'message' {
	const kept = inputOf(setting) === 'config-file' || !holds(behaviourSince.urlDuplicatesMerged, target);
	if (kept && fatalTwice.has(setting.option?.name ?? '')) return 'fatal';
	return inputOf(setting) === 'config-file' ? 'yamlKept' : 'message';
}

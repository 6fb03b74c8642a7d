import { inputOf, pieceChange } from '../dialects';
import { literalPieces, liveSettings, urlListSettings } from './shared/urlChecks';
import type { EtcdVersion } from '../etcd/options';
import { valueSubspan, type Setting } from '../model/configDocument';
import type { Problem, Rule } from './rule';

/**
 * The same URL twice in one list; flags and ETCD_* variables merge the two silently, so one is noise, and a
 * YAML file keeps both. Except in etcd 3.4, which keeps both copies of a peer listener (and binds the address a
 * second time) or of an advertised peer URL (and the list no longer matches the cluster list) from any source, and
 * refuses to start: observed with the binary for variables, flags and YAML.
 */
const fatalTwiceIn34 = new Set(['listen-peer-urls', 'initial-advertise-peer-urls']);

export const duplicateUrl: Rule = {
	id: 'duplicate-url',
	severity: 'warning',
	check(doc, ctx) {
		const problems: Problem[] = [];
		const msg = ctx.msg['duplicate-url'];
		for (const setting of [...urlListSettings(doc, ctx.version), ...liveSettings(doc, 'cors')]) {
			const wording = wordingFor(ctx.version, setting);
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
					message: msg[wording](setting.key, piece.text),
					severity: wording === 'fatal' ? 'error' : undefined,
					related: [{ span: valueSubspan(setting, first.from, first.to), message: msg.related }],
					fixes: [{ title: msg.fix, changes: [pieceChange(doc, setting, comma, piece.to, '')], preferred: true, safe: true }],
				});
			}
		}
		return problems;
	},
};

/** How etcd takes the repetition: fatal (peer URLs in 3.4), kept (YAML), merged (flags, variables). */
function wordingFor(version: EtcdVersion, setting: Setting): 'fatal' | 'yamlKept' | 'message' {
	if (version === '3.4' && fatalTwiceIn34.has(setting.option?.name ?? '')) return 'fatal';
	return inputOf(setting) === 'config-file' ? 'yamlKept' : 'message';
}

import { literalPieces, liveSettings, pieceChange, urlListSettings } from '../etcd/urlChecks';
import type { EtcdVersion } from '../etcd/options';
import { valueSubspan, type ConfigDocument, type Setting } from '../model';
import type { Problem, Rule } from './rule';

/**
 * B13: the same URL twice in one list; flags and ETCD_* variables merge the two silently, so one is noise. A YAML
 * file keeps both copies, and for the peer listeners (a second bind of the address) and the advertised peer URLs
 * (no longer the cluster list's) etcd 3.4 then refuses to start: observed with the binary.
 */
const fatalTwiceInYaml = new Set(['listen-peer-urls', 'initial-advertise-peer-urls']);

export const duplicateUrl: Rule = {
	id: 'duplicate-url',
	severity: 'warning',
	check(doc, ctx) {
		const problems: Problem[] = [];
		const msg = ctx.msg['duplicate-url'];
		for (const setting of [...urlListSettings(doc, ctx.version), ...liveSettings(doc, 'cors')]) {
			const wording = wordingFor(doc, ctx.version, setting);
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
					severity: wording === 'yamlFatal' ? 'error' : undefined,
					related: [{ span: valueSubspan(setting, first.from, first.to), message: msg.related }],
					fixes: [{ title: msg.fix, changes: [pieceChange(doc.text, setting, comma, piece.to, '')], preferred: true, safe: true }],
				});
			}
		}
		return problems;
	},
};

/** How etcd takes the repetition: merged (flags, variables), kept (YAML), kept and fatal (YAML peer URLs, 3.4). */
function wordingFor(doc: ConfigDocument, version: EtcdVersion, setting: Setting): 'message' | 'yamlKept' | 'yamlFatal' {
	if (doc.format !== 'yaml') return 'message';
	return version === '3.4' && fatalTwiceInYaml.has(setting.option?.name ?? '') ? 'yamlFatal' : 'yamlKept';
}

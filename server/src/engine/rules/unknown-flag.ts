import { legacyName, renameKey, suggestionsFor } from './shared/keyChecks';
import { hasFlag } from '../etcd/availability';
import { allOptions, optionByName } from '../etcd/options';
import { hasTemplate } from '../parsers/templates';
import type { Rule } from './rule';
import { commandLineOf, dialectOf, inputOf, removeSetting, spelled } from '../dialects';
import { alternatives } from '../text/alternatives';

/**
 * A DAEMON_ARGS flag that no etcd version defines: Go's flag parsing stops etcd with a usage error before it reads
 * anything else. `-h`/`--help` print the usage and exit. Options of other versions are reported by
 * unavailable-option, the etcd 2 leftovers by legacy-option.
 */
export const unknownFlag: Rule = {
	id: 'unknown-flag',
	severity: 'error',
	sees: 'written',
	check(doc, ctx) {
		const known = allOptions().filter(option => hasFlag(option, ctx.target)).map(option => option.name);
		return doc.settings.flatMap(flag => {
			if (inputOf(flag) !== 'command-line' || flag.option || legacyName(flag) || hasTemplate(flag.key)) return [];
			const name = dialectOf(flag).nameOf(flag);
			const msg = ctx.msg['unknown-flag'];
			if (name === 'h' || name === 'help') {
				return [{ span: flag.keySpan, message: msg.help(flag.key, commandLineOf(flag)), fixes: [{ title: msg.remove(flag.key), preferred: true, safe: true, changes: [removeSetting(doc, flag)] }] }];
			}
			const suggestions = [...new Set([...asVariable(name, known), ...suggestionsFor(name, known)])].slice(0, 3);
			const hint = suggestions.length > 0 ? msg.didYouMean(alternatives(suggestions.map(s => spelled(s, flag)), msg.or)) : msg.checkSpelling;
			return [{
				span: flag.keySpan,
				message: msg.message(flag.key, ctx.version, hint),
				fixes: suggestions.map((suggestion, index) => renameKey(flag, spelled(suggestion, flag), index === 0, ctx.msg['key-checks'])),
			}];
		});
	},
};

/** `--ETCD_DATA_DIR` or `--data_dir`: the variable's spelling used as a flag. */
function asVariable(name: string, known: readonly string[]): string[] {
	const option = optionByName(name.replace(/^etcd_/i, '').toLowerCase().replace(/_/g, '-'));
	return option && known.includes(option.name) ? [option.name] : [];
}

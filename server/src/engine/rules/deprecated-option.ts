import { removedVersion, renameKey, replacementOption, replacementText } from './shared/keyChecks';
import { existsIn } from '../etcd/options';
import type { Rule } from './rule';
import { inputOf, spelled } from '../dialects';

/**
 * An option the target version still reads but has deprecated: a later version drops it (3.5 the v2 and proxy
 * options, 3.6 every `experimental-*` name in favour of an unprefixed twin or a feature gate).
 */
export const deprecatedOption: Rule = {
	id: 'deprecated-option',
	severity: 'warning',
	check(doc, ctx) {
		return doc.settings.flatMap(setting => {
			const option = setting.option;
			if (!option || option.status[ctx.version] !== 'deprecated') return [];
			const gone = removedVersion(option, ctx.version);
			const successor = replacementOption(option);
			const renamed = successor && existsIn(successor, ctx.version) ? spelled(successor.name, setting) : undefined;
			const msg = ctx.msg['deprecated-option'];
			const remedy = option.replacedBy
				? msg.useInstead(replacementText(option.replacedBy, setting, ctx.msg['key-checks']))
				: msg.stillWorks;
			return [{
				span: setting.keySpan,
				message: msg.message(setting.key, ctx.version, gone, remedy),
				deprecated: true,
				// Set to nothing (an empty variable, an empty YAML key): nothing is lost, nothing to warn about.
				severity: setting.value === '' && inputOf(setting) !== 'command-line' ? 'information' as const : undefined,
				// Not marked safe: defaults of the twins can differ, and the file may also be read by an older etcd.
				fixes: renamed ? [renameKey(setting, renamed, true, ctx.msg['key-checks'])] : undefined,
			}];
		});
	},
};

import { firstVersion, removedVersion, renameKey, replacementOption, replacementText, spelled } from '../etcd/keyChecks';
import { allOptions, existsIn, type EtcdOption, type EtcdVersion } from '../etcd/options';
import type { Rule } from './rule';

/**
 * An option that the target version does not have: not there yet, or removed. As a variable etcd warns and ignores
 * it; as a DAEMON_ARGS flag Go's flag parsing stops etcd with a usage error before anything else happens.
 */
export const unavailableOption: Rule = {
	id: 'unavailable-option',
	severity: 'warning',
	check(doc, ctx) {
		return doc.settings.flatMap(setting => {
			const option = setting.option;
			if (!option || existsIn(option, ctx.version)) return [];
			const outcome = setting.source === 'env' ? 'ignores it with a warning about an unrecognised variable' : setting.source === 'yaml' ? 'skips the key without a word' : 'stops with a usage error';
			const instead = alternative(option, ctx.version);
			const remedy = instead ? `write ${spelled(instead.name, setting)} instead` : option.replacedBy ? `use ${replacementText(option.replacedBy, setting)} instead` : 'remove it';
			const history = option.status[ctx.version] === 'absent'
				? `${setting.key} is not available in etcd ${ctx.version} (it comes with etcd ${firstVersion(option) ?? 'a later version'})`
				: `${setting.key} was removed in etcd ${removedVersion(option) ?? ctx.version}`;
			return [{
				span: setting.keySpan,
				message: `${history}, so etcd ${ctx.version} ${outcome}: ${remedy}.`,
				severity: setting.source === 'flag' ? 'error' as const : undefined,
				fixes: instead ? [renameKey(setting, spelled(instead.name, setting), true)] : undefined,
			}];
		});
	},
};

/**
 * The spelling this version has for the same thing: the successor of a removed option (`log-output` → `log-outputs`),
 * or the older name of one that comes later (`corrupt-check-time` is `experimental-corrupt-check-time` before 3.6).
 */
function alternative(option: EtcdOption, version: EtcdVersion): EtcdOption | undefined {
	const successor = replacementOption(option);
	if (successor && existsIn(successor, version)) return successor;
	return allOptions().find(other => other.replacedBy === option.name && existsIn(other, version));
}

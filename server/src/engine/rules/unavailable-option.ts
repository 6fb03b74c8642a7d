import { firstVersion, removedVersion, renameKey, replacementOption, replacementText } from './shared/keyChecks';
import { allOptions, existsIn, type EtcdOption, type EtcdVersion } from '../etcd/options';
import type { Rule } from './rule';
import { inputOf, spelled } from '../dialects';

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
			const msg = ctx.msg['unavailable-option'];
			const input = inputOf(setting);
			const outcome = { environment: msg.outcomeEnv, 'config-file': msg.outcomeYaml, 'command-line': msg.outcomeFlag }[input];
			const instead = alternative(option, ctx.version);
			const remedy = instead ? msg.writeInstead(spelled(instead.name, setting)) : option.replacedBy ? msg.useInstead(replacementText(option.replacedBy, setting, ctx.msg['key-checks'])) : msg.removeIt;
			const history = option.status[ctx.version] === 'absent'
				? msg.comesLater(setting.key, ctx.version, firstVersion(option))
				: msg.removed(setting.key, removedVersion(option) ?? ctx.version);
			return [{
				span: setting.keySpan,
				message: msg.message(history, ctx.version, outcome, remedy),
				// An empty variable or YAML key sets nothing: whether etcd skips it changes nothing.
				severity: input === 'command-line' ? 'error' as const : setting.value === '' ? 'information' as const : undefined,
				fixes: instead ? [renameKey(setting, spelled(instead.name, setting), true, ctx.msg['key-checks'])] : undefined,
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

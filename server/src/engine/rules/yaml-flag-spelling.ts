import { existsIn, optionByEnv, optionByName, type EtcdOption } from '../etcd/options';
import { wrongYamlType, yamlSettings } from './shared/yamlChecks';
import { yamlSections } from '../etcd/yamlKeys';
import { yamlKeyAt } from '../etcd/availability';
import { effectiveSetting } from '../dialects/effective';
import type { ConfigDocument } from '../model/configDocument';
import type { EtcdVersion } from '../etcd/options';
import { moveKey } from './shared/yamlMove';
import type { Problem, Rule, RuleContext } from './rule';

/**
 * A key that names an etcd option the way flags or variables do, where the YAML file spells it differently
 * (`cert-file` lives under `client-transport-security`, `experimental-snapshot-catchup-entries` is
 * `experimental-snapshot-catch-up-entries`, `ETCD_NAME` is `name`), or an option that YAML cannot set at all in
 * this version. etcd skips such keys without a word, so the setting silently does not happen.
 */
export const yamlFlagSpelling: Rule = {
	id: 'yaml-flag-spelling',
	severity: 'warning',
	sees: 'written',
	check(doc, ctx) {
		return yamlSettings(doc).flatMap(setting => {
			const option = meantOption(setting.key, setting.option);
			if (!option || !existsIn(option, ctx.version) || yamlSections.has(setting.key.toLowerCase())) return [];
			const path = yamlKeyAt(option, ctx.target);
			if (path !== null && path.toLowerCase() === setting.key.toLowerCase()) return [];
			// A YAML key of another release that this one skips: unavailable-option says so.
			if (path === null && setting.option) return [];
			const catchup = catchupIn36(doc, setting.key, ctx.version, ctx.msg['yaml-flag-spelling']);
			if (catchup) return [catchup];
			if (path === null) {
				return [{
					span: setting.keySpan,
					message: ctx.msg['yaml-flag-spelling'].noKey(ctx.version, option.name, option.env),
				}];
			}
			const changes = moveKey(doc, setting, path);
			return [{
				span: setting.keySpan,
				message: ctx.msg['yaml-flag-spelling'].spelled(path, setting.key),
				// Safe only where the value suits the option: moved, a wrong one would turn a silent no-op into a refusal.
				fixes: changes ? [{ title: ctx.msg['yaml-flag-spelling'].fix(path), preferred: true, safe: !option.yamlValue || !wrongYamlType(setting.yaml, option.yamlValue), changes }] : [],
			}];
		});
	},
};

/** The option a key stands for when it is written like a flag (`cert-file`), a variable (`ETCD_NAME`) or an older YAML key. */
function meantOption(key: string, option: EtcdOption | undefined): EtcdOption | undefined {
	return option ?? optionByName(key.toLowerCase()) ?? optionByEnv(key.toUpperCase());
}

/**
 * 3.6 marks every key of the file as given, this misspelling too: it then copies the untouched old field (5000) over
 * snapshot-catchup-entries, and refuses the pair when snapshot-catchup-entries is in the file as well
 * (v3.6.14:server/embed/config.go:1001, v3.6.14:server/etcdmain/config.go:217).
 */
function catchupIn36(doc: ConfigDocument, key: string, version: EtcdVersion, msg: RuleContext['msg']['yaml-flag-spelling']): Problem | undefined {
	const setting = doc.settings.find(s => s.key === key);
	if (version !== '3.6' || key.toLowerCase() !== 'experimental-snapshot-catchup-entries' || !setting) return undefined;
	const other = effectiveSetting(doc, 'snapshot-catchup-entries');
	return { span: setting.keySpan, message: other ? msg.catchupConflict(key, other.key) : msg.catchupReset(key), severity: other ? 'error' : undefined };
}

import { existsIn, optionByEnv, optionByName, type EtcdOption } from '../etcd/options';
import { wrongYamlType, yamlSettings } from './shared/yamlChecks';
import { yamlKeyOf, yamlSections } from '../etcd/yamlKeys';
import { moveKey } from './shared/yamlMove';
import type { Rule } from './rule';

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
			const path = yamlKeyOf(option, ctx.version);
			if (path !== null && path.toLowerCase() === setting.key.toLowerCase()) return [];
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

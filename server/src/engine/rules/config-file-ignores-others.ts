import { configFileSetting, whereWritten, writtenSpan } from '../etcd/keyChecks';
import { specialVariables } from '../etcd/options';
import type { Setting } from '../model';
import { shown } from '../syntax/syntaxChecks';
import type { Problem, Rule } from './rule';

/**
 * `ETCD_CONFIG_FILE` (or `--config-file`) switches etcd to the YAML file: from then on it neither scans the
 * environment nor uses any other flag (VALIDATION H15), so everything else this file sets is dead. The special
 * variables are read before that decision and still count.
 */
export const configFileIgnoresOthers: Rule = {
	id: 'config-file-ignores-others',
	severity: 'warning',
	check(doc) {
		const config = configFileSetting(doc);
		if (!config) return [];
		const ignored = doc.settings.filter(s => isIgnored(s, config));
		if (ignored.length === 0) return [];
		const names = [...new Set(ignored.map(s => s.key))];
		const listed = names.length > 3 ? `${names.slice(0, 2).join(', ')} and ${names.length - 2} more` : names.join(', ').replace(/, ([^,]*)$/, ' and $1');
		const main: Problem = {
			span: writtenSpan(config),
			message: `${config.key} makes etcd take every setting from ${shown(config.value)} and ignore all other ETCD_ variables and flags, so ${listed} here ${names.length === 1 ? 'has no effect: move it' : 'have no effect: move them'} into that file. Debian's unit also sets ETCD_NAME and ETCD_DATA_DIR, which are ignored too, so the YAML file needs its own name and data-dir.`,
			related: ignored.map(s => ({ span: writtenSpan(s), message: `Ignored: ${s.key}.` })),
		};
		const faded = ignored.map(setting => ({
			span: writtenSpan(setting),
			message: `${setting.key} has no effect: ${config.key} (${whereWritten(doc, config)}) makes etcd read the YAML file and ignore it.`,
			severity: 'hint' as const,
			unnecessary: true,
			related: [{ span: writtenSpan(config), message: `The config file etcd reads instead.` }],
		}));
		return [main, ...faded];
	},
};

/** Every ETCD_ variable and every known flag but the one naming the file; unknown flags still stop etcd, see unknown-flag. */
function isIgnored(setting: Setting, config: Setting): boolean {
	if (setting === config || specialVariables.includes(setting.key)) return false;
	if (setting.source === 'flag') return setting.option !== undefined && setting.option.name !== 'config-file';
	return setting.key.startsWith('ETCD_') && !(config.source === 'env' && setting.key === config.key);
}

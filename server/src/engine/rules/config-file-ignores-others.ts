import { configFileSetting } from './shared/keyChecks';
import { specialVariables } from '../etcd/options';
import type { Setting } from '../model/configDocument';
import { shown } from './shared/syntaxChecks';
import type { Problem, Rule } from './rule';
import { inputOf, whereWritten, writtenSpan } from '../dialects';

/**
 * `ETCD_CONFIG_FILE` (or `--config-file`) switches etcd to the YAML file: from then on it neither scans the
 * environment nor uses any other flag, so everything else this file sets is dead. The special
 * variables are read before that decision and still count.
 */
export const configFileIgnoresOthers: Rule = {
	id: 'config-file-ignores-others',
	severity: 'warning',
	sees: 'written',
	check(doc, ctx) {
		const msg = ctx.msg['config-file-ignores-others'];
		const config = configFileSetting(doc);
		if (!config) return [];
		const ignored = doc.settings.filter(s => isIgnored(s, config));
		if (ignored.length === 0) return [];
		const names = [...new Set(ignored.map(s => s.key))];
		const listed = names.length > 3 ? msg.more(names.slice(0, 2).join(', '), names.length - 2) : names.join(', ').replace(/, ([^,]*)$/, `${msg.and}$1`);
		const main: Problem = {
			span: writtenSpan(config),
			message: msg.message(config.key, shown(config.value), listed, names.length === 1),
			related: ignored.map(s => ({ span: writtenSpan(s), message: msg.ignored(s.key) })),
		};
		const faded = ignored.map(setting => ({
			span: writtenSpan(setting),
			message: msg.faded(setting.key, config.key, whereWritten(doc, config, ctx.msg['key-checks'])),
			severity: 'hint' as const,
			unnecessary: true,
			related: [{ span: writtenSpan(config), message: msg.related }],
		}));
		return [main, ...faded];
	},
};

/** Every ETCD_ variable and every known flag but the one naming the file; unknown flags still stop etcd, see unknown-flag. */
function isIgnored(setting: Setting, config: Setting): boolean {
	if (setting === config || specialVariables.includes(setting.key)) return false;
	if (inputOf(setting) === 'command-line') return setting.option !== undefined && setting.option.name !== 'config-file';
	return setting.key.startsWith('ETCD_') && !(inputOf(config) === 'environment' && setting.key === config.key);
}

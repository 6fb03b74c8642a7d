import { addSetting, documentInput, inputOf } from '../dialects';
import type { ConfigDocument } from '../model/configDocument';
import type { EtcdVersion } from '../etcd/options';
import { yamlModeDefault } from '../etcd/yamlKeys';
import { parseRetention } from '../etcd/values';
import { effectiveSetting } from '../dialects/effective';
import { hasTemplate } from '../parsers/templates';
import type { Rule } from './rule';

/**
 * In a YAML file etcd 3.4 and 3.5 have no default compaction mode (on the command line it is `periodic`), and an
 * empty mode from a flag (`--auto-compaction-mode=`) is accepted too: an hour count is then read as 0, which turns
 * compaction off without a word, and a duration such as `1h` stops etcd at start with "unsupported compaction
 * mode" (v3.5.33:server/embed/etcd.go:941; both observed with etcd 3.4.23). 3.6 defaults the mode in YAML too and
 * refuses an empty one (invalid-value).
 */
export const yamlCompactionMode: Rule = {
	id: 'yaml-compaction-mode',
	severity: 'error',
	check(doc, ctx) {
		if (!modeEmpty(doc, ctx.version)) return [];
		const retention = effectiveSetting(doc, 'auto-compaction-retention');
		if (!retention || hasTemplate(retention.value)) return [];
		const msg = ctx.msg['yaml-compaction-mode'];
		// What etcd cannot read at all is invalid-value's to report.
		const read = parseRetention(retention.value);
		const off = read?.kind === 'count' && read.value > 0;
		const refused = read?.kind === 'duration' && read.value !== 0;
		if (!off && !refused) return [];
		const added = addSetting(doc, retention, 'auto-compaction-mode', 'periodic');
		return [{
			span: retention.valueSpan,
			message: off ? msg.off(retention.value) : msg.refused(retention.value),
			severity: off ? 'warning' : undefined,
			fixes: added && [{ title: msg.add(added.text), preferred: true, safe: true, changes: [added.change] }],
		}];
	},
};

/**
 * The mode etcd ends up with is empty and accepted (3.4, 3.5): unset in a YAML file whose default is empty, or set
 * empty by a flag (an empty variable is unset).
 */
function modeEmpty(doc: ConfigDocument, version: EtcdVersion): boolean {
	if (version !== '3.4' && version !== '3.5') return false;
	const mode = effectiveSetting(doc, 'auto-compaction-mode');
	if (documentInput(doc) === 'config-file') return !mode?.value && yamlModeDefault('auto-compaction-mode', version) === '';
	return mode !== undefined && mode.value === '' && inputOf(mode) === 'command-line';
}

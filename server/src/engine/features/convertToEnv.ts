import { atVersion, optionByName, type EtcdVersion } from '../etcd/options';
import { yamlKeyAt } from '../etcd/availability';
import { checkValue } from '../etcd/valueChecks';
import type { Target } from '../etcd/versions';
import { hasWrongYamlType } from '../rules/shared/yamlChecks';
import { isYamlOnlyKey, yamlSections } from '../etcd/yamlKeys';
import type { ConvertMessages } from '../l10n/convert.en';
import { type ConfigDocument, type Setting } from '../model/configDocument';
import { effectiveSetting } from '../dialects/effective';
import { hasTemplate } from '../parsers/templates';
import { createCollector, tidyLines, type Collector, type Conversion, type Item } from './convertOutput';
import { doubleQuote } from '../dialects/envQuoting';

/** An etcd YAML config file as env variables with the same effective settings, plus notes on what could not move. */
export function yamlToEnv(doc: ConfigDocument, target: Target, msg: ConvertMessages, eol: string): Conversion {
	const version = target.minor;
	const out = createCollector(msg.notConverted);
	out.note(msg.useVariables);
	if ((doc.yaml?.errors.length ?? 0) > 0) out.note(msg.yamlSyntax);
	let cursor = 0;
	for (const setting of doc.settings) {
		// Keys merged in from an anchor (`<<: *tls`) sit earlier in the text: their comments were taken already.
		if (setting.statementSpan.start >= cursor) {
			commentsBetween(doc.text, cursor, setting.statementSpan.start, out);
			cursor = setting.statementSpan.end;
		}
		convertEntry(doc, setting, target, msg, out);
	}
	commentsBetween(doc.text, cursor, doc.text.length, out);
	const collected = out.done();
	const lines = (items: readonly Item[]) => items.flatMap(item => [...item.comments, `${item.key}=${item.value}`]);
	// The defaults written out come last, after the file's own closing comments.
	const text = tidyLines([...lines(collected.items), ...collected.trailer, ...lines(modeItems(doc, version, msg, out))]);
	return { text: text.map(line => line + eol).join(''), notes: collected.notes };
}

/** Full-line comments and blank lines; mapping headers (`client-transport-security:`) and `---` have no env form. */
function commentsBetween(text: string, from: number, to: number, out: Collector): void {
	if (to <= from) return;
	const lines = text.slice(from, to).replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
	if (lines[lines.length - 1] === '') lines.pop();
	for (const line of lines.map(l => l.trim())) {
		if (line === '') out.blank();
		else if (line.startsWith('#')) out.comment(line);
	}
}

function convertEntry(doc: ConfigDocument, setting: Setting, target: Target, msg: ConvertMessages, out: Collector): void {
	const version = target.minor;
	const option = setting.option;
	const written = `${setting.key}: ${doc.text.slice(setting.valueSpan.start, setting.valueSpan.end)}`;
	// `peer-transport-security:` with nothing under it is an empty section, not a key.
	if (!option && yamlSections.has(setting.key.toLowerCase()) && !given(setting)) return;
	if (!option) out.notConverted(written, isYamlOnlyKey(setting.key, version) ? msg.noVariable(setting.key) : msg.unknownYamlKey(setting.key));
	// A key the release skips (another version's, or one that came in a later patch) sets nothing.
	else if (yamlKeyAt(option, target)?.toLowerCase() !== setting.key.toLowerCase()) out.notConverted(written, msg.notInVersion(setting.key, target.label));
	else if (effectiveSetting(doc, option.name) !== setting) out.note(msg.duplicate(setting.key));
	else if (setting.yaml?.kind === 'map') out.notConverted(written, msg.mapping(setting.key));
	else if (given(setting)) convertValue(doc, setting, target, msg, out, written);
}

/** A YAML null (`key:` with nothing after it) or an empty list leaves etcd's default in place, as no variable does. */
function given(setting: Setting | undefined): setting is Setting {
	const yaml = setting?.yaml;
	return yaml !== undefined && !(yaml.kind === 'scalar' && yaml.type === 'null') && !(yaml.kind === 'list' && yaml.items.length === 0);
}

function convertValue(doc: ConfigDocument, setting: Setting, target: Target, msg: ConvertMessages, out: Collector, written: string): void {
	const option = setting.option!;
	const version = target.minor;
	const value = envValueOf(doc, setting);
	if (hasWrongYamlType(setting)) out.note(msg.wrongType(setting.key));
	if (value === '') {
		// An empty variable is an unset one: equivalent only where the default is empty too.
		if ((atVersion(option.defaultValue, version) ?? '') !== '') out.notConverted(written, msg.emptyString(setting.key));
	} else if (hasTemplate(value)) {
		out.notConverted(written, msg.template(setting.key));
	} else if (!hasWrongYamlType(setting) && checkValue(option, value, target) && !checkValue(option, value, target, true)) {
		// The config file takes this value as written (a v2-deprecation stage 3.6 ignores), a variable would not.
		out.notConverted(written, msg.refusedAsVariable(setting.key, target.label));
	} else {
		out.item(option.env, doubleQuote(value));
	}
}

/** The value in flag syntax; where etcd refuses the YAML type, what the author meant (`name: no` → `no`, not `false`). */
function envValueOf(doc: ConfigDocument, setting: Setting): string {
	const yaml = setting.yaml!;
	if (!hasWrongYamlType(setting)) return setting.value;
	if (yaml.kind === 'list') return yaml.items.map(item => item.text).join(',');
	if (yaml.kind === 'scalar' && !yaml.quoted) return doc.text.slice(setting.valueSpan.start, setting.valueSpan.end).trim();
	return setting.value;
}

/**
 * Defaults that differ between the modes: without `name` a config file's member is `default`,
 * where Debian's unit would pass the host name, and its data dir `<name>.etcd`; without `advertise-client-urls` a
 * config file keeps the default, where variables make etcd refuse to start.
 */
function modeItems(doc: ConfigDocument, version: EtcdVersion, msg: ConvertMessages, out: Collector): Item[] {
	const items: Item[] = [];
	const name = effectiveSetting(doc, 'name');
	const nameValue = given(name) ? envValueOf(doc, name) : 'default';
	if (!given(name)) {
		items.push({ comments: [], key: 'ETCD_NAME', value: doubleQuote(nameValue) });
		out.note(msg.nameDefault);
	}
	const dataDir = effectiveSetting(doc, 'data-dir');
	if ((!given(dataDir) || dataDir.value === '') && !hasTemplate(nameValue)) {
		items.push({ comments: [], key: 'ETCD_DATA_DIR', value: doubleQuote(`${nameValue}.etcd`) });
		out.note(msg.dataDirDefault(`${nameValue}.etcd`));
	}
	const listen = effectiveSetting(doc, 'listen-client-urls');
	const advertiseOption = optionByName('advertise-client-urls');
	if (given(listen) && listen.value !== '' && !given(effectiveSetting(doc, 'advertise-client-urls')) && advertiseOption) {
		items.push({ comments: [], key: advertiseOption.env, value: doubleQuote(atVersion(advertiseOption.defaultValue, version) ?? '') });
		out.note(msg.advertiseDefault);
	}
	if (items.length > 0) items[0] = { ...items[0], comments: ['', `# ${msg.addedComment}`] };
	return items;
}

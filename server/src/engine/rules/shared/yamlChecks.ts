import type { ConfigDocument, Setting } from '../../model/configDocument';
import type { YamlValueKind } from '../../etcd/options';
import { hasTemplate } from '../../parsers/templates';
import { yamlValueAt } from '../../etcd/availability';
import type { Target } from '../../etcd/versions';
import type { YamlValue } from '../../parsers/yamlFile';

/*
 * Helpers for the YAML rules: etcd decodes its config file strictly (YAML 1.1 through JSON into a Go struct), so
 * the kind of a YAML value matters as much as its text.
 */

/** The settings of a YAML document, each with its YAML value; in a template, those whose key and value it does not decide. */
export function yamlSettings(doc: ConfigDocument): (Setting & { readonly yaml: YamlValue })[] {
	return doc.settings.filter((s): s is Setting & { readonly yaml: YamlValue } => s.yaml !== undefined && !hasTemplate(s.key) && !hasTemplate(s.value));
}

/** What YAML made of a value, for messages. */
export function describeYamlValue(value: YamlValue): string {
	if (value.kind === 'list') return 'a list';
	if (value.kind === 'map') return 'a mapping';
	if (value.quoted) return 'a quoted string';
	return { string: 'a string', bool: 'a boolean', integer: 'a number', float: 'a number', null: 'empty' }[value.type];
}

/**
 * Whether etcd's decoder refuses the YAML type of this setting's value (a YAML rule says so). The value rules
 * skip such settings: their text is not what etcd would read.
 */
export function hasWrongYamlType(setting: Setting, target?: Target): boolean {
	const wanted = setting.option && (target ? yamlValueAt(setting.option, target) : setting.option.yamlValue);
	return setting.yaml !== undefined && wanted !== undefined && wrongYamlType(setting.yaml, wanted);
}

/** Whether etcd's decoder refuses this YAML value for an option of this kind. */
export function wrongYamlType(value: YamlValue, wanted: YamlValueKind): boolean {
	if (value.kind === 'map') return true;
	if (value.kind === 'list') return wanted !== 'list' || value.items.some(item => item.type !== 'string');
	if (value.type === 'null') return false;
	if (wanted === 'list') return true;
	if (wanted === 'string') return value.type !== 'string';
	if (wanted === 'bool') return value.type !== 'bool';
	return value.integer === undefined;
}

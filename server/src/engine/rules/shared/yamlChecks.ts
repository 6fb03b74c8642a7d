import { resolvePlain } from '../../parsers/yamlFile';
import { parseGoBool, parseGoDuration, parseGoInt } from '../../etcd/values';
import type { ConfigDocument, Setting } from '../../model/configDocument';
import type { YamlValueKind } from '../../etcd/options';
import type { TextChange } from '../rule';
import type { YamlValue } from '../../parsers/yamlFile';

/*
 * Helpers for the YAML rules: etcd decodes its config file strictly (YAML 1.1 through JSON into a Go struct), so
 * the kind of a YAML value matters as much as its text.
 */

/** The settings of a YAML document, each with its YAML value. */
export function yamlSettings(doc: ConfigDocument): (Setting & { readonly yaml: YamlValue })[] {
	if (doc.format !== 'yaml') return [];
	return doc.settings.filter((s): s is Setting & { readonly yaml: YamlValue } => s.source === 'yaml' && s.yaml !== undefined);
}

/**
 * A string as a YAML scalar: plain where etcd's reader takes it back as the same string (decided by the same
 * resolver the parser uses, so `no`, `0123`, `1e3`, `.inf` get quotes and `1:30` does not need them), double-quoted
 * otherwise. Plain text is kept to characters that can carry no YAML syntax.
 */
export function yamlString(value: string): string {
	const plain = /^[A-Za-z0-9_/.][A-Za-z0-9_./:,=@%+-]*$/.test(value) && !value.endsWith(':') && resolvePlain(value).type === 'string';
	return plain ? value : JSON.stringify(value);
}

/** Puts the value exactly as written into double quotes, so that YAML keeps it a string. */
export function quoteWritten(doc: ConfigDocument, setting: Setting): TextChange {
	const written = doc.text.slice(setting.valueSpan.start, setting.valueSpan.end);
	return { span: setting.valueSpan, newText: `"${written.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` };
}

/** The last segment of a dotted key path. */
export function leafOf(path: string): string {
	return path.slice(path.lastIndexOf('.') + 1);
}

/** The dotted path without its last segment ('' at the top level). */
export function parentOf(path: string): string {
	const dot = path.lastIndexOf('.');
	return dot < 0 ? '' : path.slice(0, dot);
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
export function hasWrongYamlType(setting: Setting): boolean {
	return setting.source === 'yaml' && setting.yaml !== undefined && setting.option?.yamlValue !== undefined && wrongYamlType(setting.yaml, setting.option.yamlValue);
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

/** A new value for a YAML setting, written the way its option's YAML type wants it (from the flag spelling). */
export function yamlValueText(setting: Setting, newValue: string, written: string): string {
	const kind = setting.option?.yamlValue;
	if (kind !== undefined && kind !== 'string') return yamlValueOf(kind, newValue);
	if (written.startsWith('\'') && !newValue.includes('\'')) return `'${newValue}'`;
	return written.startsWith('"') ? JSON.stringify(newValue) : yamlString(newValue);
}

/**
 * A value in the flag spelling as the YAML scalar etcd's config file wants for an option of this kind: durations in
 * integer nanoseconds, integers in decimal, booleans as YAML booleans, string lists as YAML lists. A value etcd would
 * refuse from a variable stays a quoted string, so the config file is refused as well rather than read otherwise.
 */
export function yamlValueOf(kind: YamlValueKind | undefined, value: string): string {
	switch (kind) {
		case 'bool': {
			const parsed = parseGoBool(value);
			return parsed.ok ? String(parsed.value) : JSON.stringify(value);
		}
		case 'integer': {
			const parsed = parseGoInt(value, true);
			return parsed.ok ? parsed.value.toString() : JSON.stringify(value);
		}
		case 'duration': {
			const parsed = parseGoDuration(value);
			return parsed.ok ? BigInt(Math.round(parsed.value)).toString() : JSON.stringify(value);
		}
		// etcd splits these lists at commas without trimming, so ` b` stays ` b` (and is quoted).
		case 'list': return `[${value.split(',').map(yamlString).join(', ')}]`;
		default: return yamlString(value);
	}
}

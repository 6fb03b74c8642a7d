import type { YamlValueKind } from '../etcd/options';
import type { ConfigDocument, Setting } from '../model/configDocument';
import type { TextChange } from '../model/findings';
import { resolvePlain } from '../parsers/yamlFile';
import { parseGoBool, parseGoDuration, parseGoInt } from '../parsers/goValues';

/*
 * How a value is written into etcd's YAML file: etcd decodes it strictly (YAML 1.1 through JSON into a Go struct),
 * so a value must come out with the YAML type its option wants.
 */

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

import type { Hover, Position } from 'vscode-languageserver-types';
import { docFor } from '../etcd/docs';
import { allOptions, atVersion, envNameOf, existsIn, legacyIgnoredNames, optionByName, type EtcdOption, type EtcdVersion } from '../etcd/options';
import { docsLink, versionNotes } from '../etcd/versionNotes';
import type { ConfigDocument } from '../model';
import { closest } from '../suggest';
import { contains, offsetAt, rangeOf, type Span } from '../text';
import { hoverValue } from './hoverValue';

export interface HoverContext {
	readonly version: EtcdVersion;
}

/** Hover for a position: documentation on keys, and what the value under the cursor means on values. */
export function hover(doc: ConfigDocument, position: Position, ctx: HoverContext): Hover | null {
	const offset = offsetAt(doc.lines, position);
	// Flags of DAEMON_ARGS come after the DAEMON_ARGS line itself and sit inside its value: the last match is the innermost.
	const setting = doc.settings.filter(s => contains(s.keySpan, offset) || contains(s.valueSpan, offset)).pop();
	if (!setting) return null;
	if (contains(setting.keySpan, offset)) return markdown(doc, setting.keySpan, keyHover(setting.key, setting.option, ctx.version));
	const value = hoverValue(doc, setting, offset, ctx.version);
	if (value) return markdown(doc, value.span, value.markdown);
	return null;
}

function markdown(doc: ConfigDocument, span: Span, value: string | undefined): Hover | null {
	if (value === undefined) return null;
	return { contents: { kind: 'markdown', value }, range: rangeOf(doc.lines, span) };
}

export function keyHover(key: string, option: EtcdOption | undefined, version: EtcdVersion): string | undefined {
	if (key === 'ETCD_VERSION') return versionVariableHover;
	if (option) return optionHover(option, version, key);
	if (key === 'DAEMON_ARGS') return daemonArgsHover;
	if (key === 'ETCD_UNSUPPORTED_ARCH') return unsupportedArchHover;
	if (key === 'ETCD_VERIFY') return verifyHover;
	const legacy = legacyIgnoredNames.find(name => envNameOf(name) === key || `--${name}` === key || `-${name}` === key);
	if (legacy) return legacyHover(key, legacy);
	if (key === '-h' || key === '--h' || key === '-help' || key === '--help') return helpFlagHover(key);
	if (key.startsWith('-')) return unknownFlagHover(key, version);
	if (!key.startsWith('ETCD_')) return undefined;
	return unknownKeyHover(key, version);
}

/** The fixed shape: names (the one written first), type and default, our explanation, version notes, link. */
export function optionHover(option: EtcdOption, version: EtcdVersion, written: string = option.env): string {
	const doc = docFor(option.name);
	const yamlKey = atVersion(option.yamlKey, version);
	const spellings = [option.env, `--${option.name}`].filter(name => name !== written).map(name => `\`${name}\``);
	const names = [`**${written}**`, ...spellings, yamlKey ? `YAML \`${yamlKey}\`` : 'no YAML key'];
	const parts = [names.join(' · '), facts(option, version)];
	if (doc) parts.push(doc.summary, doc.details, `Example: \`${doc.example}\``);
	const notes = versionNotes(option, version);
	if (notes.length > 0) parts.push(notes.join('\n\n'));
	parts.push(`[etcd ${version} documentation](${docsLink(option, version)})`);
	return parts.join('\n\n');
}

function facts(option: EtcdOption, version: EtcdVersion): string {
	const type = atVersion(option.type, version) ?? atVersion(option.type, '3.6');
	const values = atVersion(option.values ?? [], version) ?? [];
	const typeText = values.length > 0 && type === 'enum' ? `one of ${values.map(v => `\`${v}\``).join(', ')}` : describeType(type, option.unit);
	const defaultValue = existsIn(option, version) ? atVersion(option.defaultValue, version) : undefined;
	const shownDefault = defaultValue === undefined ? 'n/a' : defaultValue === '' ? 'empty' : `\`${defaultValue}\``;
	const effective = option.effectiveDefault ? ` (etcd then uses \`${option.effectiveDefault}\`)` : '';
	return `Type: ${typeText} · Default in ${version}: ${shownDefault}${effective}`;
}

function describeType(type: string | undefined, unit: string | undefined): string {
	switch (type) {
		case 'bool': return 'boolean (`true` or `false`)';
		case 'duration': return 'Go duration (`5s`, `100ms`, `1h30m`)';
		case 'size': return 'integer, bytes';
		case 'url-list': return 'comma-separated URLs';
		case 'string-list': return 'comma-separated list (blanks are kept)';
		case 'int':
		case 'uint': return unit ? `integer, ${unit === 'ms' ? 'milliseconds' : unit === 's' ? 'seconds' : unit}` : 'integer';
		default: return type ?? 'string';
	}
}

function unknownKeyHover(key: string, version: EtcdVersion): string {
	const known = allOptions().filter(option => existsIn(option, version)).map(option => option.env);
	const suggestions = closest(key, known);
	const removedOption = allOptions().find(option => option.env === key);
	const head = removedOption
		? optionHover(removedOption, version)
		: `**${key}** is not an etcd ${version} option. etcd logs a warning about an unrecognised variable and ignores its value.`;
	const hint = suggestions.length > 0 ? `\n\nDid you mean ${suggestions.map(s => `\`${s}\``).join(' or ')}?` : '';
	return head + hint;
}

function unknownFlagHover(flag: string, version: EtcdVersion): string {
	const known = allOptions().filter(option => existsIn(option, version)).map(option => `--${option.name}`);
	const suggestions = closest(flag, known);
	const hint = suggestions.length > 0 ? `\n\nDid you mean ${suggestions.map(s => `\`${s}\``).join(' or ')}?` : '';
	return `**${flag}** is not a flag of etcd ${version}: etcd stops at once with a usage error.${hint}`;
}

function legacyHover(key: string, legacy: string): string {
	const config = optionByName('config-file');
	const asFlag = key.startsWith('-');
	const trap = legacy === 'config' && config
		? `\n\nIt does **not** load a configuration file: that is \`${asFlag ? '--config-file' : config.env}\`.`
		: '';
	const switchNote = asFlag ? '\n\nAs a flag it is a switch: a word after it is not its value, and etcd refuses that word.' : '';
	return `**${key}** is a name left over from etcd 2. Every etcd version accepts it and ignores the value (3.4 logs a warning, later versions say nothing).${trap}${switchNote}`;
}

const daemonArgsHover = [
	'**DAEMON_ARGS** · Debian\'s etcd unit',
	'The Debian `etcd.service` starts `/usr/bin/etcd $DAEMON_ARGS`: systemd splits this value at blanks into command-line flags (quotes group words, a backslash keeps the next character).',
	'A flag here must not name an option that is also set as an `ETCD_*` variable: etcd 3.4 and later refuse to start when both are given. The unit always sets `ETCD_NAME` and `ETCD_DATA_DIR`, so `--name` and `--data-dir` never work here.',
].join('\n\n');

const unsupportedArchHover = [
	'**ETCD_UNSUPPORTED_ARCH** · not an option',
	'etcd refuses to start on CPU types it does not officially support (for example `arm`, `386`) unless this variable names the architecture it runs on, e.g. `ETCD_UNSUPPORTED_ARCH=arm64` on old releases. Debian\'s package turns the refusal into a warning.',
].join('\n\n');

const verifyHover = [
	'**ETCD_VERIFY** · not an option',
	'Turns on etcd\'s internal consistency checks of its backend (`all` runs every check). Meant for etcd\'s own tests; it slows every start and should stay unset in production.',
].join('\n\n');

function helpFlagHover(flag: string): string {
	return `**${flag}** makes etcd print its usage and exit at once, so the service never runs. It has no place in DAEMON_ARGS.`;
}

const versionVariableHover = [
	'**ETCD_VERSION** · not a setting',
	'It does not choose an etcd version. etcd 3.4 reads it as its `--version` switch: `true` prints the version and exits, and anything that is not a boolean stops etcd at start-up. etcd 3.5 and later drop the variable with a warning. Old RHEL templates carry it; remove it.',
].join('\n\n');

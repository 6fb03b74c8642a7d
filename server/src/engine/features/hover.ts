import type { Hover, Position } from 'vscode-languageserver-types';
import { docFor } from '../l10n/optionDocs';
import { allOptions, atVersion, envNameOf, legacyIgnoredNames, optionByName, type EtcdOption, type EtcdVersion, docsLink } from '../etcd/options';
import { hasFlag, yamlKeyAt } from '../etcd/availability';
import { yamlModeDefault } from '../etcd/yamlKeys';
import { targetOf, type Target } from '../etcd/versions';
import { versionNotes } from './versionNotes';
import type { ConfigDocument } from '../model/configDocument';
import { closest } from '../text/suggest';
import { contains, offsetAt, rangeOf, type Span } from '../text/lineIndex';
import { hoverValue } from './hoverValue';
import type { HoverMessages } from '../l10n/hover.en';
import type { Locale } from '../l10n/locale';
import { messagesFor } from '../l10n/messages';
import { parseGoDuration } from '../parsers/goValues';
import type { EngineContext } from '../validate/context';
import { maskSecrets, secretsOf } from '../model/secrets';
import { alternatives } from '../text/alternatives';

/** Hover for a position: documentation on keys, and what the value under the cursor means on values. */
export function hover(doc: ConfigDocument, position: Position, ctx: EngineContext): Hover | null {
	const offset = offsetAt(doc.lines, position);
	// Flags of DAEMON_ARGS come after the DAEMON_ARGS line itself and sit inside its value: the last match is the innermost.
	const setting = doc.settings.filter(s => contains(s.keySpan, offset) || contains(s.valueSpan, offset)).pop();
	if (!setting) return null;
	const locale = ctx.locale;
	if (contains(setting.keySpan, offset)) return markdown(doc, setting.keySpan, keyHover(setting.key, setting.option, ctx.target, locale));
	const value = hoverValue(doc, setting, offset, ctx.target, messagesFor(locale).hover, messagesFor(locale).features.inlay);
	if (value) return markdown(doc, value.span, value.markdown);
	return null;
}

function markdown(doc: ConfigDocument, span: Span, value: string | undefined): Hover | null {
	if (value === undefined) return null;
	return { contents: { kind: 'markdown', value: maskSecrets(value, secretsOf(doc)) }, range: rangeOf(doc.lines, span) };
}

export function keyHover(key: string, option: EtcdOption | undefined, at: EtcdVersion | Target, locale: Locale = 'en'): string | undefined {
	const m = messagesFor(locale).hover;
	const target = targetOf(at);
	if (key === 'ETCD_VERSION') return m.versionVariable;
	if (option) return optionHover(option, target, key, locale);
	if (key === 'DAEMON_ARGS') return m.daemonArgs;
	if (key === 'ETCD_UNSUPPORTED_ARCH') return m.unsupportedArch;
	if (key === 'ETCD_VERIFY') return m.verify;
	const legacy = legacyIgnoredNames.find(name => envNameOf(name) === key || `--${name}` === key || `-${name}` === key);
	if (legacy) return legacyHover(key, legacy, m);
	if (key === '-h' || key === '--h' || key === '-help' || key === '--help') return m.helpFlag(key);
	if (key.startsWith('-')) return unknownFlagHover(key, target, m);
	if (!key.startsWith('ETCD_')) return undefined;
	return unknownKeyHover(key, target, locale);
}

/** The fixed shape: names (the one written first), type and default, our explanation, version notes, link. */
export function optionHover(option: EtcdOption, at: EtcdVersion | Target, written: string = option.env, locale: Locale = 'en'): string {
	const m = messagesFor(locale).hover;
	const target = targetOf(at);
	const version = target.minor;
	const doc = docFor(option.name, locale);
	const yamlKey = atVersion(option.yamlKey, version);
	// A key written in a YAML file: its YAML spelling is the title, and durations are nanoseconds there.
	const inYaml = written !== option.env && !written.startsWith('-');
	const spellings = [option.env, `--${option.name}`].filter(name => name !== written).map(name => `\`${name}\``);
	const names = [`**${written}**`, ...spellings, inYaml ? undefined : yamlKey ? `YAML \`${yamlKey}\`` : m.noYamlKey].filter(name => name !== undefined);
	const parts = [names.join(' · '), facts(option, target, m, inYaml)];
	if (doc) parts.push(doc.summary, doc.details, m.example(doc.example));
	const notes = versionNotes(option, target, m, inYaml);
	if (notes.length > 0) parts.push(notes.join('\n\n'));
	parts.push(`[${m.documentation(version)}](${docsLink(option, version)})`);
	return parts.join('\n\n');
}

function facts(option: EtcdOption, target: Target, m: HoverMessages, inYaml = false): string {
	const version = target.minor;
	const type = atVersion(option.type, version) ?? atVersion(option.type, '3.6');
	const values = atVersion(option.values ?? [], version) ?? [];
	const nanoseconds = inYaml && option.yamlValue === 'duration';
	const typeText = values.length > 0 && type === 'enum' ? m.oneOf(values.map(v => `\`${v}\``).join(', ')) : nanoseconds ? m.types.durationNanoseconds : describeType(type, option.unit, m);
	// The same facts as the rules': the release has it (by patch too), and a YAML file has defaults of its own.
	const available = inYaml ? yamlKeyAt(option, target) !== null : hasFlag(option, target);
	const flagDefault = available ? (inYaml ? yamlModeDefault(option.name, version) : undefined) ?? atVersion(option.defaultValue, version) : undefined;
	const parsedDefault = nanoseconds && flagDefault ? parseGoDuration(flagDefault) : undefined;
	const defaultValue = parsedDefault?.ok ? String(Math.round(parsedDefault.value)) : flagDefault;
	const shownDefault = defaultValue === undefined ? m.notAvailable : defaultValue === '' ? m.empty : `\`${defaultValue}\``;
	const effective = option.effectiveDefault ? m.effective(option.effectiveDefault) : '';
	return m.facts(typeText, version, shownDefault, effective);
}

function describeType(type: string | undefined, unit: string | undefined, m: HoverMessages): string {
	switch (type) {
		case 'bool': return m.types.bool;
		case 'duration': return m.types.duration;
		case 'size': return m.types.size;
		case 'url-list': return m.types.urlList;
		case 'string-list': return m.types.stringList;
		case 'int':
		case 'uint': return unit ? m.types.integerIn(unit === 'ms' ? m.types.milliseconds : unit === 's' ? m.types.seconds : unit) : m.types.integer;
		default: return type ?? m.types.string;
	}
}

function didYouMean(suggestions: readonly string[], m: HoverMessages): string {
	return suggestions.length > 0 ? `\n\n${m.didYouMean(alternatives(suggestions.map(s => `\`${s}\``), m.or))}` : '';
}

function unknownKeyHover(key: string, target: Target, locale: Locale): string {
	const m = messagesFor(locale).hover;
	const known = allOptions().filter(option => hasFlag(option, target)).map(option => option.env);
	const removedOption = allOptions().find(option => option.env === key);
	const head = removedOption ? optionHover(removedOption, target, removedOption.env, locale) : m.unknownKey(key, target.label);
	return head + didYouMean(closest(key, known), m);
}

function unknownFlagHover(flag: string, target: Target, m: HoverMessages): string {
	const known = allOptions().filter(option => hasFlag(option, target)).map(option => `--${option.name}`);
	return m.unknownFlag(flag, target.label) + didYouMean(closest(flag, known), m);
}

function legacyHover(key: string, legacy: string, m: HoverMessages): string {
	const config = optionByName('config-file');
	const asFlag = key.startsWith('-');
	const trap = legacy === 'config' && config ? `\n\n${m.legacyConfigTrap(asFlag ? '--config-file' : config.env)}` : '';
	const switchNote = asFlag ? `\n\n${m.legacySwitch}` : '';
	return `${m.legacy(key)}${trap}${switchNote}`;
}

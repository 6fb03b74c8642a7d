import { dialectOf } from '../dialects';
import { atVersion, type EtcdVersion } from '../etcd/options';
import { holds, targetOf, type Target } from '../etcd/versions';
import { behaviourSince } from '../etcd/patchFacts';
import { isIpLiteral, isLoopback, isWildcard, parseEtcdUrl, parseInitialCluster, splitList } from '../etcd/urls';

type DurationWords = Parameters<typeof describeDuration>[1];
import { valueIndexAt, valueSubspan, type ConfigDocument, type Setting } from '../model/configDocument';
import { effectiveSetting } from '../dialects/effective';
import type { HoverMessages } from '../l10n/hover.en';
import type { Span } from '../text/lineIndex';
import { describeBytes, describeDuration } from '../text/quantities';
import { parseGoDuration, parseGoInt } from '../parsers/goValues';
import { hasTemplate } from '../parsers/templates';

export interface ValueHover {
	readonly span: Span;
	readonly markdown: string;
}

/** What the piece of a value under the cursor means: a state, one URL of a list, one member, a number with its unit. */
/** `words`: the units durations are spelled in (English when left out). */
export function hoverValue(doc: ConfigDocument, setting: Setting, offset: number, at: EtcdVersion | Target, m: HoverMessages, words?: DurationWords): ValueHover | undefined {
	const option = setting.option;
	const target = targetOf(at);
	const version = target.minor;
	// What a template decides has no meaning before it is rendered.
	if (!option || hasTemplate(setting.value)) return undefined;
	const index = valueIndexAt(setting, offset);
	const whole = setting.valueSpan;
	if (option.name === 'initial-cluster-state') return stateHover(setting.value, whole, m);
	if (option.name === 'initial-cluster') return memberHover(doc, setting, index, target, m);
	const type = atVersion(option.type, version) ?? atVersion(option.type, '3.6');
	if (type === 'url-list') {
		const piece = pieceAt(splitList(setting.value, true), index);
		if (!piece || piece.text === '') return undefined;
		return { span: valueSubspan(setting, piece.from, piece.to), markdown: urlHover(piece.text, m.urlRoles[option.name] ?? m.url, target, m) };
	}
	const quantity = describeQuantity(setting.value, type, option.unit, dialectOf(setting).nativeValue(doc, setting), words);
	return quantity ? { span: whole, markdown: quantity } : undefined;
}

function pieceAt<T extends { from: number; to: number }>(pieces: readonly T[], index: number): T | undefined {
	return pieces.find(piece => index >= piece.from && index <= piece.to);
}

function stateHover(value: string, span: Span, m: HoverMessages): ValueHover | undefined {
	const text = value === 'new' || value === 'existing' ? m.state[value] : m.state.invalid(value);
	return { span, markdown: text };
}

export function urlHover(text: string, role: string, version: EtcdVersion | Target, m: HoverMessages): string {
	const parsed = parseEtcdUrl(text, version);
	const lines = [`**${text}**`, role + '.'];
	const url = parsed.url;
	if (!url) return [...lines, m.notAUrl].join('\n\n');
	lines.push(m.scheme(url.scheme, m.schemes[url.scheme] ?? m.unknownScheme));
	if (!url.scheme.startsWith('unix') || !holds(behaviourSince.unixUrlsRelaxed, targetOf(version))) {
		lines.push(m.host(url.host, hostKind(url.host, m)));
		lines.push(m.port(url.port || m.noPort, m.ports[url.port] ?? ''));
	}
	if (!parsed.ok) lines.push(`\n${m.urlProblems[parsed.problem]}`);
	return lines.join('\n');
}

function hostKind(host: string, m: HoverMessages): string {
	if (isWildcard(host)) return m.hosts.wildcard;
	if (isLoopback(host)) return m.hosts.loopback;
	if (isIpLiteral(host)) return m.hosts.ip;
	return m.hosts.name;
}

function memberHover(doc: ConfigDocument, setting: Setting, index: number, version: EtcdVersion | Target, m: HoverMessages): ValueHover | undefined {
	const members = parseInitialCluster(setting.value);
	const member = members.find(m => index >= m.nameFrom && index <= m.urlTo);
	if (!member) return undefined;
	const ownName = effectiveSetting(doc, 'name')?.value;
	const urls = members.filter(m => m.name === member.name).map(m => m.url);
	const onUrl = index >= member.urlFrom && member.urlTo > member.urlFrom;
	const lines = [m.member(member.name, member.name === ownName), m.peerUrls(urls.length, urls.map(u => `\`${u}\``).join(', '))];
	if (member.name !== member.name.trim()) lines.push(m.memberBlanks);
	lines.push(m.quorum(members.length, Math.floor(new Set(members.map(entry => entry.name)).size / 2) + 1));
	if (onUrl) lines.push(urlHover(member.url, m.memberPeerUrl(member.name), version, m));
	const span = onUrl ? valueSubspan(setting, member.urlFrom, member.urlTo) : valueSubspan(setting, member.nameFrom, member.nameTo);
	return { span, markdown: lines.join('\n\n') };
}

/** `written`: the value as the file has it where that differs from `value` (YAML's nanoseconds). */
function describeQuantity(value: string, type: string | undefined, unit: string | undefined, written?: string, words?: DurationWords): string | undefined {
	if (type === 'duration') {
		const parsed = parseGoDuration(value);
		return parsed.ok ? `\`${written ?? value}\` = ${describeDuration(parsed.value, words)}` : undefined;
	}
	if (type !== 'int' && type !== 'uint' && type !== 'size') return undefined;
	const parsed = parseGoInt(value, type === 'int');
	if (!parsed.ok) return undefined;
	if (unit === 'bytes' || type === 'size') return `\`${value}\` = ${describeBytes(parsed.value)}`;
	if (unit === 'ms') return `\`${value}\` = ${describeDuration(Number(parsed.value) * 1e6, words)}`;
	if (unit === 's') return `\`${value}\` = ${describeDuration(Number(parsed.value) * 1e9, words)}`;
	if (value !== parsed.value.toString()) return `\`${value}\` = ${parsed.value}${unit ? ' ' + unit : ''}`;
	return undefined;
}

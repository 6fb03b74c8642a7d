import { documentDialect, type KeyChoice } from '../dialects';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position, type Range } from 'vscode-languageserver-types';
import { memberFacts } from '../cluster/members';
import { atVersion, type EtcdOption } from '../etcd/options';
import type { Target } from '../etcd/versions';
import { splitList, parseEtcdUrl } from '../etcd/urls';
import { type ConfigDocument, type Setting } from '../model/configDocument';
import { effectiveValue } from '../dialects/effective';
import { offsetAt, rangeOf } from '../text/lineIndex';
import { optionHover } from './hover';
import type { FeatureMessages } from '../l10n/features.en';
import type { Locale } from '../l10n/locale';
import type { EngineContext } from '../validate/context';
import { messagesFor } from '../l10n/messages';
import { typedChoices } from './typedValues';

/** Keys where a key goes, values after it; a whole member file in an empty one, where the carrier has one. */
export function complete(doc: ConfigDocument, position: Position, ctx: EngineContext): CompletionItem[] {
	const dialect = documentDialect(doc);
	const site = dialect.completionSite(doc, offsetAt(doc.lines, position), ctx.target);
	if (!site) return [];
	const range = rangeOf(doc.lines, site.span);
	if (site.kind === 'value') return valueItems(doc, site.option, range, ctx, site.typedValue);
	const keys = site.keys.map(choice => keyItem(choice, range, ctx.target, ctx.locale));
	const skeleton = doc.settings.length === 0 && dialect.skeleton ? [memberFileSnippet(dialect.skeleton, range, messagesFor(ctx.locale).features)] : [];
	return [...keys, ...skeleton];
}

function keyItem(choice: KeyChoice, range: Range, target: Target, locale: Locale): CompletionItem {
	const version = target.minor;
	const option = choice.option;
	return {
		label: choice.label,
		kind: option ? CompletionItemKind.Property : CompletionItemKind.Module,
		detail: option ? `--${option.name}` : undefined,
		documentation: option ? { kind: 'markdown', value: optionHover(option, target, choice.label, locale) } : undefined,
		textEdit: { range, newText: choice.insert },
		insertTextFormat: choice.snippet ? InsertTextFormat.Snippet : undefined,
		deprecated: option?.status[version] === 'deprecated',
		// Options that matter for every cluster come first.
		sortText: `${option && (option.group === 'member' || option.group === 'clustering') ? 0 : 1}${choice.label}`,
	};
}

function valueItems(doc: ConfigDocument, option: EtcdOption, range: Range, ctx: EngineContext, typedValue = (v: string) => v): CompletionItem[] {
	const plain = (label: string, detail?: string, kind: CompletionItemKind = CompletionItemKind.Value): CompletionItem => ({ label, kind, detail, textEdit: { range, newText: label } });
	const m = messagesFor(ctx.locale).features;
	switch (option.name) {
		case 'initial-cluster': return clusterValue(doc, ctx).map(value => plain(value, m.clusterValue));
		case 'name': return memberNames(doc, ctx).map(name => plain(name, m.memberWithoutFile, CompletionItemKind.Reference));
		case 'initial-cluster-token': return [tokenItem(doc, range, ctx.newToken(), m)];
	}
	const type = atVersion(option.type, ctx.version);
	if (type === 'bool') return ['true', 'false'].map(v => plain(v));
	if (type === 'url-list') return urlItems(doc, option, range);
	const typed = typedChoices(option, ctx.version, m);
	if (typed.length > 0) return typed.map((choice, i) => ({ ...plain(typedValue(choice.value), choice.detail), sortText: String(i) }));
	const values = atVersion(option.values ?? [], ctx.version) ?? [];
	return values.map(v => plain(v, v === atVersion(option.defaultValue, ctx.version) ? m.etcdDefault : undefined, CompletionItemKind.EnumMember));
}

/**
 * A fresh token replaces the whole value wherever the cursor stands in it (an old token is never kept after the new
 * one), and stays on the list whatever has been typed: the typed text is its filter.
 */
function tokenItem(doc: ConfigDocument, range: Range, token: string, m: FeatureMessages): CompletionItem {
	const from = offsetAt(doc.lines, range.start);
	const cursor = offsetAt(doc.lines, range.end);
	const valueEnd = (s: Setting) => s.value.length > 0 ? s.valueOffsets[s.value.length - 1] + 1 : s.valueOffsets[0];
	const setting = doc.settings.find(s => s.option?.name === 'initial-cluster-token' && s.valueOffsets[0] <= from && from <= valueEnd(s));
	const end = setting ? Math.max(cursor, valueEnd(setting)) : cursor;
	return {
		label: m.generateToken,
		kind: CompletionItemKind.Value,
		detail: m.freshToken,
		filterText: doc.text.slice(from, cursor),
		sortText: '0',
		textEdit: { range: rangeOf(doc.lines, { start: from, end }), newText: token },
	};
}

/** `name=url,…` for this member and every sibling file, from their names and advertised peer URLs. */
function clusterValue(doc: ConfigDocument, ctx: EngineContext): string[] {
	// This file first: another file with the same name (an older copy) does not add a second entry.
	const byName = new Map<string, string[]>();
	for (const facts of [doc, ...ctx.cluster].map(memberFacts)) {
		const urls = effectiveValue(facts.doc, 'initial-advertise-peer-urls');
		if (!facts.name || !urls || byName.has(facts.name.value)) continue;
		byName.set(facts.name.value, splitList(urls, true).filter(p => p.text !== '').map(p => `${facts.name!.value}=${p.text}`));
	}
	const entries = [...byName.values()].flat().sort();
	return entries.length > 0 ? [entries.join(',')] : [];
}

/** Names the cluster lists that no file of the cluster has taken yet. */
function memberNames(doc: ConfigDocument, ctx: EngineContext): string[] {
	const taken = new Set(ctx.cluster.map(s => memberFacts(s).name?.value));
	const listed = [doc, ...ctx.cluster].flatMap(d => memberFacts(d).pairs ?? []).map(pair => pair.slice(0, pair.indexOf('=')));
	return [...new Set(listed)].filter(name => !taken.has(name)).sort();
}

/** The addresses this file already uses, on the port this kind of URL usually takes. */
function urlItems(doc: ConfigDocument, option: EtcdOption, range: Range): CompletionItem[] {
	const peer = option.name.includes('peer');
	const port = option.name === 'listen-metrics-urls' ? '2381' : peer ? '2380' : '2379';
	const hosts = new Set<string>();
	const add = (text: string) => {
		const url = parseEtcdUrl(text, '3.5').url;
		if (url?.host) hosts.add(url.host.includes(':') ? `[${url.host}]` : url.host);
	};
	for (const setting of doc.settings) {
		if (setting.option && atVersion(setting.option.type, '3.5') === 'url-list') splitList(setting.value, true).forEach(piece => add(piece.text));
	}
	// The cluster list names this member's own peer address before any URL of its own is written.
	const facts = memberFacts(doc);
	const own = facts.name && `${facts.name.value}=`;
	for (const pair of own ? facts.pairs ?? [] : []) if (pair.startsWith(own!)) add(pair.slice(own!.length));
	if (option.urlRole === 'bind') hosts.add('0.0.0.0');
	hosts.add(option.urlRole === 'bind' ? '127.0.0.1' : 'localhost');
	return [...hosts].map((host, i) => ({
		label: `http://${host}:${port}`,
		kind: CompletionItemKind.Value,
		textEdit: { range, newText: `http://${host}:${port}` },
		sortText: String(i).padStart(3, '0'),
	}));
}

/** A whole member file, the settings every member needs, with placeholders to tab through. */
function memberFileSnippet(lines: readonly string[], range: Range, m: FeatureMessages): CompletionItem {
	return {
		label: m.memberFile,
		kind: CompletionItemKind.Snippet,
		detail: m.memberFileDetail,
		textEdit: { range, newText: lines.join('\n') + '\n' },
		insertTextFormat: InsertTextFormat.Snippet,
		sortText: '~',
	};
}

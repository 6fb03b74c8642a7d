import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position, type Range } from 'vscode-languageserver-types';
import { memberFacts } from '../cluster/members';
import { allOptions, atVersion, existsIn, optionByEnv, type EtcdOption, type EtcdVersion } from '../etcd/options';
import { splitList, parseEtcdUrl } from '../etcd/urls';
import { effectiveValue, type ConfigDocument } from '../model/configDocument';
import { offsetAt, positionAt } from '../text/lineIndex';
import { optionHover } from './hover';
import { completeYaml } from './completionYaml';
import type { FeatureMessages } from '../l10n/features.en';
import type { Locale } from '../l10n/locale';
import { messagesFor } from '../l10n/messages';

export interface CompletionContext {
	readonly version: EtcdVersion;
	readonly siblings: readonly ConfigDocument[];
	readonly newToken: () => string;
	/** The language of details and documentation; English when left out. */
	readonly locale?: Locale;
}

const keyLine = /^(\s*(?:export\s+)?)([A-Za-z0-9_]*)$/;
const valueLine = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(["']?)([^"']*)$/;

/** Keys at the start of a line, values after `=`; a whole member file on an empty one. */
export function complete(doc: ConfigDocument, position: Position, ctx: CompletionContext): CompletionItem[] {
	if (doc.format === 'yaml') return completeYaml(doc, position, ctx, (option, range) => valueItems(doc, option, range, ctx));
	const offset = offsetAt(doc.lines, position);
	const lineStart = offsetAt(doc.lines, { line: position.line, character: 0 });
	const before = doc.text.slice(lineStart, offset);
	const key = keyLine.exec(before);
	if (key) {
		const range = { start: positionAt(doc.lines, lineStart + key[1].length), end: position };
		return [...keyItems(doc, range, ctx.version, ctx.locale ?? 'en'), ...(doc.settings.length === 0 ? [memberFileSnippet(range, messagesFor(ctx.locale).features)] : [])];
	}
	const value = valueLine.exec(before);
	if (!value) return [];
	const option = optionByEnv(value[1]);
	if (!option) return [];
	const typed = value[3];
	const pieceStart = atVersion(option.type, ctx.version) === 'url-list' ? typed.lastIndexOf(',') + 1 : 0;
	const range = { start: positionAt(doc.lines, offset - typed.length + pieceStart), end: position };
	return valueItems(doc, option, range, ctx);
}

function keyItems(doc: ConfigDocument, range: Range, version: EtcdVersion, locale: Locale): CompletionItem[] {
	const set = new Set(doc.settings.map(s => s.key));
	return allOptions().filter(option => existsIn(option, version) && !set.has(option.env) && option.name !== 'config-file' && option.name !== 'version')
		.map(option => ({
			label: option.env,
			kind: CompletionItemKind.Property,
			detail: `--${option.name}`,
			documentation: { kind: 'markdown', value: optionHover(option, version, option.env, locale) },
			textEdit: { range, newText: `${option.env}="$1"` },
			insertTextFormat: InsertTextFormat.Snippet,
			deprecated: option.status[version] === 'deprecated',
			// Options that matter for every cluster come first.
			sortText: `${option.group === 'member' || option.group === 'clustering' ? 0 : 1}${option.env}`,
		}));
}

function valueItems(doc: ConfigDocument, option: EtcdOption, range: Range, ctx: CompletionContext): CompletionItem[] {
	const plain = (label: string, detail?: string, kind: CompletionItemKind = CompletionItemKind.Value): CompletionItem => ({ label, kind, detail, textEdit: { range, newText: label } });
	const m = messagesFor(ctx.locale).features;
	switch (option.name) {
		case 'initial-cluster': return clusterValue(doc, ctx).map(value => plain(value, m.clusterValue));
		case 'name': return memberNames(doc, ctx).map(name => plain(name, m.memberWithoutFile, CompletionItemKind.Reference));
		case 'initial-cluster-token': return [{ ...plain(ctx.newToken(), m.freshToken), label: m.generateToken, filterText: '', sortText: '0' }];
	}
	const type = atVersion(option.type, ctx.version);
	if (type === 'bool') return ['true', 'false'].map(v => plain(v));
	if (type === 'url-list') return urlItems(doc, option, range);
	const values = atVersion(option.values ?? [], ctx.version) ?? [];
	return values.map(v => plain(v, v === atVersion(option.defaultValue, ctx.version) ? 'default' : undefined, CompletionItemKind.EnumMember));
}

/** `name=url,…` for this member and every sibling file, from their names and advertised peer URLs. */
function clusterValue(doc: ConfigDocument, ctx: CompletionContext): string[] {
	// This file first: another file with the same name (an older copy) does not add a second entry.
	const byName = new Map<string, string[]>();
	for (const facts of [doc, ...ctx.siblings].map(memberFacts)) {
		const urls = effectiveValue(facts.doc, 'initial-advertise-peer-urls');
		if (!facts.name || !urls || byName.has(facts.name.value)) continue;
		byName.set(facts.name.value, splitList(urls, true).filter(p => p.text !== '').map(p => `${facts.name!.value}=${p.text}`));
	}
	const entries = [...byName.values()].flat().sort();
	return entries.length > 0 ? [entries.join(',')] : [];
}

/** Names the cluster lists that no file of the cluster has taken yet. */
function memberNames(doc: ConfigDocument, ctx: CompletionContext): string[] {
	const taken = new Set(ctx.siblings.map(s => memberFacts(s).name?.value));
	const listed = [doc, ...ctx.siblings].flatMap(d => memberFacts(d).pairs ?? []).map(pair => pair.slice(0, pair.indexOf('=')));
	return [...new Set(listed)].filter(name => !taken.has(name)).sort();
}

/** The addresses this file already uses, on the port this kind of URL usually takes. */
function urlItems(doc: ConfigDocument, option: EtcdOption, range: Range): CompletionItem[] {
	const peer = option.name.includes('peer');
	const port = option.name === 'listen-metrics-urls' ? '2381' : peer ? '2380' : '2379';
	const hosts = new Set<string>();
	for (const setting of doc.settings) {
		if (setting.option && atVersion(setting.option.type, '3.5') === 'url-list') {
			for (const piece of splitList(setting.value, true)) {
				const url = parseEtcdUrl(piece.text, '3.5').url;
				if (url?.host) hosts.add(url.host.includes(':') ? `[${url.host}]` : url.host);
			}
		}
	}
	if (option.urlRole === 'bind') hosts.add('0.0.0.0');
	hosts.add(option.urlRole === 'bind' ? '127.0.0.1' : 'localhost');
	return [...hosts].map((host, i) => ({
		label: `http://${host}:${port}`,
		kind: CompletionItemKind.Value,
		textEdit: { range, newText: `http://${host}:${port}` },
		sortText: String(i).padStart(3, '0'),
	}));
}

/** A whole member file, the nine settings every member needs, with placeholders to tab through. */
function memberFileSnippet(range: Range, m: FeatureMessages): CompletionItem {
	const lines = [
		'ETCD_NAME="${1:pg1}"',
		'ETCD_DATA_DIR="${2:/var/lib/etcd}"',
		'ETCD_LISTEN_CLIENT_URLS="http://${3:192.168.1.11}:2379,http://127.0.0.1:2379"',
		'ETCD_ADVERTISE_CLIENT_URLS="http://${3}:2379"',
		'ETCD_LISTEN_PEER_URLS="http://${3}:2380"',
		'ETCD_INITIAL_ADVERTISE_PEER_URLS="http://${3}:2380"',
		'ETCD_INITIAL_CLUSTER="${1}=http://${3}:2380,${4:pg2}=http://${5:192.168.1.12}:2380,${6:pg3}=http://${7:192.168.1.13}:2380"',
		'ETCD_INITIAL_CLUSTER_TOKEN="${8:a-token-of-this-cluster}"',
		'ETCD_INITIAL_CLUSTER_STATE="${9|new,existing|}"',
	];
	return {
		label: m.memberFile,
		kind: CompletionItemKind.Snippet,
		detail: m.memberFileDetail,
		textEdit: { range, newText: lines.join('\n') + '\n' },
		insertTextFormat: InsertTextFormat.Snippet,
		sortText: '~',
	};
}

import { CodeActionKind, CompletionItemKind, MarkupKind, type CodeAction, type CodeLens, type CompletionItem, type Hover, type Position, type Range, type TextEdit } from 'vscode-languageserver-types';
import { advertisedClientUrls, memberLabel, patroniLabel } from '../cluster/patroniCluster';
import type { Fix } from '../model/findings';
import type { PatroniDocument } from '../model/patroniDocument';
import { patroniSecretsOf } from '../model/patroniSecrets';
import { maskSecrets } from '../model/secrets';
import { contains, offsetAt, rangeOf } from '../text/lineIndex';
import { showClusterFilesCommand } from './codeLens';
import { findPatroniProblems, patroniDiagnostic, type PatroniContext } from '../validate/validatePatroni';

/*
 * Hover, completion and quick fixes in a Patroni file: what each key of the etcd sections means, the hosts the
 * cluster's members advertise, and the fixes of the Patroni rules.
 */

export function patroniHover(doc: PatroniDocument, position: Position, ctx: PatroniContext): Hover | null {
	const offset = offsetAt(doc.lines, position);
	const words = ctx.msg.hover;
	for (const section of doc.sections) {
		if (doc.format === 'yaml' && contains(section.keySpan, offset)) {
			const cluster = ctx.members.length > 0 ? words.cluster([...new Set(ctx.members.map(memberLabel))].join(', ')) : words.noCluster;
			return markdown(`**${section.api}:** (Patroni)\n\n${words.section[section.api]}\n\n${cluster}`, rangeOf(doc.lines, section.keySpan));
		}
		for (const field of section.fields.values()) {
			if (!contains(field.keySpan, offset)) continue;
			const text = words.keys[field.key];
			if (!text) return null;
			const variable = doc.format === 'env' ? `\n\n${words.variable(field.key, section.api)}` : '';
			return markdown(`**${field.written}** (Patroni, \`${section.api}:\`)\n\n${text}${variable}`, rangeOf(doc.lines, field.keySpan));
		}
	}
	return null;
}

function markdown(value: string, range: Range): Hover {
	return { contents: { kind: MarkupKind.Markdown, value }, range };
}

const hostLine = /(?:^[ \t]*(?:hosts?|url)[ \t]*:[ \t]*|^[ \t]*-[ \t]*|PATRONI_ETCD3?_(?:HOSTS?|URL)=["']?|,[ \t]*|\[[ \t]*)([^\s,\[\]'"]*)$/;

/** The members' advertised client URLs where a host is written: one item each, and one with all of them. */
export function patroniCompletion(doc: PatroniDocument, position: Position, ctx: PatroniContext): CompletionItem[] {
	const offset = offsetAt(doc.lines, position);
	const lineStart = doc.lines.lineStarts[position.line] ?? 0;
	const before = doc.text.slice(lineStart, offset);
	const match = hostLine.exec(before);
	if (!match || !inEtcdSection(doc, lineStart)) return [];
	const isUrl = /url/i.test(before);
	const range = { start: { line: position.line, character: position.character - match[1].length }, end: position };
	const urls = advertisedClientUrls(ctx.members);
	const label = (url: (typeof urls)[number]) => isUrl ? url.url : url.address;
	const items: CompletionItem[] = urls.map((url, index) => ({
		label: label(url), kind: CompletionItemKind.Value, detail: ctx.msg.completion.host(memberLabel(url.doc)),
		sortText: String(index).padStart(4, '0'), textEdit: { range, newText: label(url) },
	}));
	const all = [...new Set(urls.map(label))];
	if (all.length > 1 && !isUrl && !/^[ \t]*-/.test(before)) {
		items.push({ label: all.join(','), kind: CompletionItemKind.Value, detail: ctx.msg.completion.all, sortText: '9999', textEdit: { range, newText: all.join(',') } });
	}
	return items;
}

/** Whether a line is inside an etcd section: a variable of one, or an indented line under `etcd:`/`etcd3:`. */
function inEtcdSection(doc: PatroniDocument, lineStart: number): boolean {
	const line = doc.text.slice(lineStart, doc.text.indexOf('\n', lineStart) >>> 0);
	if (doc.format === 'env') return /PATRONI_ETCD3?_/.test(line);
	const above = doc.text.slice(0, lineStart).split('\n').reverse().find(text => /^[^\s#]/.test(text));
	return /^[ \t]/.test(line) && above !== undefined && /^etcd3?[ \t]*:/.test(above);
}

/** The quick fixes of the Patroni rules' findings in range. */
export function patroniCodeActions(doc: PatroniDocument, range: Range, ctx: PatroniContext): CodeAction[] {
	const start = offsetAt(doc.lines, range.start);
	const end = offsetAt(doc.lines, range.end);
	const secrets = patroniSecretsOf(doc);
	return findPatroniProblems(doc, ctx)
		.filter(found => found.problem.span.start <= end && found.problem.span.end >= start)
		.flatMap(found => (found.problem.fixes ?? []).map(fix => ({
			title: maskSecrets(fix.title, secrets),
			kind: CodeActionKind.QuickFix,
			diagnostics: [patroniDiagnostic(doc, found, ctx)],
			isPreferred: fix.preferred,
			edit: { changes: editsOf(doc, fix) },
		})));
}

function editsOf(doc: PatroniDocument, fix: Fix): { [uri: string]: TextEdit[] } {
	const byUri: { [uri: string]: TextEdit[] } = {};
	for (const change of fix.changes) {
		const target = change.doc ?? doc;
		(byUri[target.uri] ??= []).push({ range: rangeOf(target.lines, change.span), newText: change.newText });
	}
	return byUri;
}

/** Above each section: the etcd cluster it talks to and the Patroni nodes beside it; a click lists their files. */
export function patroniCodeLenses(doc: PatroniDocument, ctx: PatroniContext): CodeLens[] {
	const words = ctx.msg.lens;
	const members = [...new Set(ctx.members.map(memberLabel))].sort();
	const nodes = [doc, ...ctx.peers].map(patroniLabel).sort();
	const title = members.length > 0 ? `${words.cluster(members.join(', '))} · ${words.nodes(nodes.length, nodes.join(', '))}` : words.noCluster;
	const uris = [...ctx.members, ...ctx.peers, doc].map(file => file.uri).sort();
	return doc.sections.map(section => ({
		range: rangeOf(doc.lines, section.keySpan),
		command: { title, tooltip: uris.join('\n'), command: showClusterFilesCommand, arguments: [uris] },
	}));
}

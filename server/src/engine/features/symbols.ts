import { maskSecrets, secretsOf } from '../model/secrets';
import { dialectOf } from '../dialects';
import { viewMessagesEn } from '../l10n/views.en';
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver-types';
import type { OptionGroup } from '../etcd/options';
import type { EngineContext } from '../validate/context';
import { messagesFor } from '../l10n/messages';
import type { ConfigDocument } from '../model/configDocument';
import { rangeOf } from '../text/lineIndex';
import { memberMentions } from './members';
import { hasTemplate } from '../parsers/templates';

/** The groups in the order etcd's documentation presents them; their titles are in the catalogue (`outline`). */
const groups: readonly (OptionGroup | 'other')[] = ['member', 'clustering', 'security', 'auth', 'logging', 'profiling/metrics', 'experimental', 'unsafe', 'v2', 'proxy', 'other'];

/** The outline: the settings under their option group, each with its value as detail. */
export function documentSymbols(doc: ConfigDocument, ctx: EngineContext): DocumentSymbol[] {
	const titles = messagesFor(ctx.locale).features.outline;
	return groups.flatMap(group => {
		const title = titles[group];
		const settings = doc.settings.filter(s => (s.option?.group ?? 'other') === group);
		if (settings.length === 0) return [];
		const children = settings.map(setting => ({
			name: setting.key,
			detail: shownValue(doc, hasTemplate(setting.value) ? doc.text.slice(setting.valueSpan.start, setting.valueSpan.end) : setting.value),
			kind: dialectOf(setting).unit === 'flag' ? SymbolKind.Property : SymbolKind.Variable,
			range: rangeOf(doc.lines, setting.statementSpan),
			selectionRange: rangeOf(doc.lines, setting.keySpan),
		}));
		return [{ name: title, kind: SymbolKind.Namespace, range: spanning(children), selectionRange: children[0].selectionRange, children }];
	});
}

/** A value as the outline shows it (a template as the source writes it): shortened, its passwords masked. */
function shownValue(doc: ConfigDocument, value: string): string {
	const shown = maskSecrets(value, secretsOf(doc));
	return shown.length > 80 ? shown.slice(0, 77) + '…' : shown;
}

function spanning(children: readonly DocumentSymbol[]) {
	const starts = children.map(c => c.range.start).sort((a, b) => a.line - b.line || a.character - b.character);
	const ends = children.map(c => c.range.end).sort((a, b) => b.line - a.line || b.character - a.character);
	return { start: starts[0], end: ends[0] };
}

/** Workspace symbols: the members, by the name their own file gives them. */
export function workspaceSymbols(query: string, docs: Iterable<ConfigDocument>): SymbolInformation[] {
	const wanted = query.toLowerCase();
	const found: SymbolInformation[] = [];
	for (const doc of docs) {
		for (const mention of memberMentions(doc)) {
			if (mention.kind !== 'name' || !mention.name.toLowerCase().includes(wanted)) continue;
			found.push({ name: mention.name, kind: SymbolKind.Object, containerName: viewMessagesEn.outline.memberContainer, location: { uri: doc.uri, range: rangeOf(doc.lines, mention.span) } });
		}
	}
	return found;
}

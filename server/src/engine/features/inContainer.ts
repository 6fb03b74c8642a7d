import type { CodeAction, CodeLens, CompletionItem, Hover, InlayHint, Location, Position, Range, WorkspaceEdit } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../model/configDocument';
import { offsetAt } from '../text/lineIndex';
import { containerAt, containerContext, type EngineContext } from '../validate/context';
import { codeActions as actionsOf } from './codeActions';
import { codeLenses as lensesOf } from './codeLens';
import { complete as completionOf } from './completion';
import { hover as hoverOf } from './hover';
import { inlayHints as hintsOf } from './inlayHints';
import { definition as definitionOf, prepareRename as prepareRenameOf, references as referencesOf, rename as renameOf } from './navigation';

/*
 * The features at a position, for a manifest or compose file of several etcd containers: each answers for the
 * container the position stands in, as the member it is (its own settings, the file's other containers among its
 * cluster). For any other document they are the features themselves.
 */

function at<T>(doc: ConfigDocument, position: Position, ctx: EngineContext, run: (doc: ConfigDocument, ctx: EngineContext) => T, none: T): T {
	if (!doc.members) return run(doc, ctx);
	const container = containerAt(doc, offsetAt(doc.lines, position));
	return container ? run(container, containerContext(doc, container, ctx)) : none;
}

function each<T>(doc: ConfigDocument, ctx: EngineContext, run: (doc: ConfigDocument, ctx: EngineContext) => T[]): T[] {
	return doc.members ? doc.members.flatMap(member => run(member, containerContext(doc, member, ctx))) : run(doc, ctx);
}

export const hover = (doc: ConfigDocument, position: Position, ctx: EngineContext): Hover | null => at(doc, position, ctx, (d, c) => hoverOf(d, position, c), null);

export const complete = (doc: ConfigDocument, position: Position, ctx: EngineContext): CompletionItem[] => at(doc, position, ctx, (d, c) => completionOf(d, position, c), []);

export const codeActions = (doc: ConfigDocument, where: { readonly range: Range; readonly only?: readonly string[] }, ctx: EngineContext): CodeAction[] =>
	at(doc, where.range.start, ctx, (d, c) => actionsOf(d, where, c), []);

export const definition = (doc: ConfigDocument, position: Position, ctx: EngineContext): Location[] => at(doc, position, ctx, (d, c) => definitionOf(d, position, c), []);

export const references = (doc: ConfigDocument, where: { readonly position: Position; readonly includeDeclaration: boolean }, ctx: EngineContext): Location[] =>
	at(doc, where.position, ctx, (d, c) => referencesOf(d, where, c), []);

export const prepareRename = (doc: ConfigDocument, position: Position): Range | null => {
	const container = doc.members ? containerAt(doc, offsetAt(doc.lines, position)) : doc;
	return container ? prepareRenameOf(container, position) : null;
};

export const rename = (doc: ConfigDocument, where: { readonly position: Position; readonly newName: string }, ctx: EngineContext): WorkspaceEdit | null =>
	at(doc, where.position, ctx, (d, c) => renameOf(d, where, c), null);

export const inlayHints = (doc: ConfigDocument, range: Range, ctx: EngineContext): InlayHint[] => each(doc, ctx, (d, c) => hintsOf(d, range, c));

export const codeLenses = (doc: ConfigDocument, ctx: EngineContext): CodeLens[] => each(doc, ctx, (d, c) => lensesOf(d, c));

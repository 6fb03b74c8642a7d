import type { Location, Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../model/configDocument';
import { offsetAt, rangeOf } from '../text/lineIndex';
import { memberAt, memberMentions, type MemberMention } from './members';
import { doubleQuote } from '../dialects/envQuoting';

const location = (mention: MemberMention): Location => ({ uri: mention.doc.uri, range: rangeOf(mention.doc.lines, mention.span) });

/** Go to definition on a member name or its URL: the ETCD_NAME line of that member's file. */
export function definition(doc: ConfigDocument, position: Position, cluster: readonly ConfigDocument[]): Location[] {
	const member = memberAt(doc, offsetAt(doc.lines, position));
	if (!member) return [];
	return [doc, ...cluster].flatMap(memberMentions).filter(m => m.kind === 'name' && m.name === member.name).map(location);
}

/** Every file of the cluster that names the member: its own ETCD_NAME and every cluster list that lists it. */
export function references(doc: ConfigDocument, position: Position, cluster: readonly ConfigDocument[], includeDeclaration: boolean): Location[] {
	const member = memberAt(doc, offsetAt(doc.lines, position));
	if (!member) return [];
	return [doc, ...cluster].flatMap(memberMentions)
		.filter(m => m.name === member.name && (includeDeclaration || m.kind === 'list'))
		.map(location);
}

export function prepareRename(doc: ConfigDocument, position: Position): Range | null {
	const member = memberAt(doc, offsetAt(doc.lines, position));
	return member ? rangeOf(doc.lines, member.span) : null;
}

/** Renames a member in every file of the cluster, as one workspace edit. */
export function rename(doc: ConfigDocument, position: Position, newName: string, cluster: readonly ConfigDocument[]): WorkspaceEdit | null {
	const member = memberAt(doc, offsetAt(doc.lines, position));
	if (!member || !/^[^\s,=]+$/.test(newName)) return null;
	const changes: { [uri: string]: TextEdit[] } = {};
	for (const mention of [doc, ...cluster].flatMap(memberMentions).filter(m => m.name === member.name)) {
		(changes[mention.doc.uri] ??= []).push({ range: rangeOf(mention.doc.lines, mention.span), newText: escapedFor(mention, newName) });
	}
	return { changes };
}

/** Inside double quotes a few characters need a backslash; names rarely have them, but the edit must stay exact. */
function escapedFor(mention: MemberMention, name: string): string {
	const quoted = mention.doc.text.lastIndexOf('"', mention.span.start) > mention.doc.text.lastIndexOf('\n', mention.span.start);
	return quoted ? doubleQuote(name).slice(1, -1) : name;
}

import type { Location, Position, Range, WorkspaceEdit } from 'vscode-languageserver-types';
import { replacePieces } from '../dialects';
import type { ConfigDocument, Setting } from '../model/configDocument';
import { offsetAt, rangeOf } from '../text/lineIndex';
import { memberAt, memberMentions, type MemberMention } from './members';
import type { EngineContext } from '../validate/context';
import { toWorkspaceChanges } from './codeActions';

const location = (mention: MemberMention): Location => ({ uri: mention.doc.uri, range: rangeOf(mention.doc.lines, mention.span) });

/** Go to definition on a member name or its URL: the ETCD_NAME line of that member's file. */
export function definition(doc: ConfigDocument, position: Position, ctx: EngineContext): Location[] {
	const member = memberAt(doc, offsetAt(doc.lines, position));
	if (!member) return [];
	return [doc, ...ctx.cluster].flatMap(memberMentions).filter(m => m.kind === 'name' && m.name === member.name).map(location);
}

/** Every file of the cluster that names the member: its own ETCD_NAME and every cluster list that lists it. */
export function references(doc: ConfigDocument, where: { readonly position: Position; readonly includeDeclaration: boolean }, ctx: EngineContext): Location[] {
	const member = memberAt(doc, offsetAt(doc.lines, where.position));
	if (!member) return [];
	return [doc, ...ctx.cluster].flatMap(memberMentions)
		.filter(m => m.name === member.name && (where.includeDeclaration || m.kind === 'list'))
		.map(location);
}

export function prepareRename(doc: ConfigDocument, position: Position): Range | null {
	const member = memberAt(doc, offsetAt(doc.lines, position));
	return member ? rangeOf(doc.lines, member.span) : null;
}

/** Renames a member in every file of the cluster, as one workspace edit, each value rewritten in its own quoting. */
export function rename(doc: ConfigDocument, where: { readonly position: Position; readonly newName: string }, ctx: EngineContext): WorkspaceEdit | null {
	const member = memberAt(doc, offsetAt(doc.lines, where.position));
	if (!member || !/^[^\s,=]+$/.test(where.newName)) return null;
	const bySetting = new Map<Setting, MemberMention[]>();
	for (const mention of [doc, ...ctx.cluster].flatMap(memberMentions).filter(m => m.name === member.name)) {
		bySetting.set(mention.setting, [...bySetting.get(mention.setting) ?? [], mention]);
	}
	const changes = [...bySetting.values()].flatMap(mentions => {
		const pieces = mentions.map(m => ({ from: m.from, to: m.to, newText: where.newName }));
		return replacePieces(mentions[0].doc, mentions[0].setting, pieces).map(change => ({ ...change, doc: mentions[0].doc }));
	});
	return { changes: toWorkspaceChanges(doc, changes) };
}

import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver-types';
import { memberFacts } from '../cluster/members';
import { addSetting, replaceValue } from '../dialects';
import { effectiveSetting } from '../dialects/effective';
import { messagesFor } from '../l10n/messages';
import type { ConfigDocument } from '../model/configDocument';
import type { TextChange } from '../model/findings';
import { hasTemplate } from '../parsers/templates';
import { positionAt } from '../text/lineIndex';
import type { EngineContext } from '../validate/context';
import { toWorkspaceChanges } from './codeActions';

/**
 * A new token wherever the token is, whatever its value: in this file, and for a cluster still to be founded
 * (every member says new) in every member's file at once, since the founders must share it. A member that has
 * started no longer reads its token, so only the founding cluster is offered the change everywhere.
 */
export function tokenActions(doc: ConfigDocument, range: Range, ctx: EngineContext): CodeAction[] {
	const token = effectiveSetting(doc, 'initial-cluster-token');
	if (!token || hasTemplate(token.value) || !onLines(doc, token.statementSpan.start, token.valueSpan.end, range)) return [];
	const fresh = ctx.newToken();
	const titles = messagesFor(ctx.locale);
	const actions: CodeAction[] = [action(titles.rules['cluster-token'].generate, doc, [replaceValue(doc, token, fresh)])];
	const members = [doc, ...ctx.cluster];
	if (ctx.cluster.length > 0 && members.every(member => memberFacts(member).founding)) {
		const changes = members.flatMap(member => tokenChange(member, fresh));
		actions.push(action(titles.features.newTokenEverywhere, doc, changes));
	}
	return actions;
}

function tokenChange(member: ConfigDocument, token: string): TextChange[] {
	const facts = memberFacts(member);
	if (facts.tokenSetting) return hasTemplate(facts.tokenSetting.value) ? [] : [{ ...replaceValue(member, facts.tokenSetting, token), doc: member }];
	const added = facts.list && addSetting(member, facts.list, 'initial-cluster-token', token);
	return added ? [{ ...added.change, doc: member }] : [];
}

function onLines(doc: ConfigDocument, from: number, to: number, range: Range): boolean {
	return range.start.line <= positionAt(doc.lines, to).line && range.end.line >= positionAt(doc.lines, from).line;
}

function action(title: string, doc: ConfigDocument, changes: readonly TextChange[]): CodeAction {
	return { title, kind: CodeActionKind.RefactorRewrite, edit: { changes: toWorkspaceChanges(doc, changes) } };
}

import { maskSecrets, secretsOf } from '../model/secrets';
import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver-types';
import { memberFacts } from '../cluster/members';
import { parseInitialCluster } from '../etcd/urls';
import { type ConfigDocument, type Setting } from '../model/configDocument';
import { effectiveSetting } from '../dialects/effective';
import type { TextChange } from '../rules/rule';
import { positionAt } from '../text/lineIndex';
import { toWorkspaceChanges } from './codeActions';
import type { FeatureMessages } from '../l10n/features.en';
import { addSetting, replaceValue, spelled } from '../dialects';

/** Refactorings that edit every member file of the cluster at once, offered on the line they start from. */
export function clusterActions(doc: ConfigDocument, range: Range, siblings: readonly ConfigDocument[], m: FeatureMessages): CodeAction[] {
	if (siblings.length === 0) return [];
	const actions: CodeAction[] = [];
	const state = effectiveSetting(doc, 'initial-cluster-state');
	if (state && onLines(doc, state, range) && [doc, ...siblings].some(d => memberFacts(d).founding)) {
		const changes = [doc, ...siblings].flatMap(member => stateChange(member));
		actions.push(action(m.everyMemberExisting, doc, changes));
	}
	const list = effectiveSetting(doc, 'initial-cluster');
	if (list && onLines(doc, list, range)) {
		// A name with blanks is a mistake of this list (member-name-blanks), not a member to hand to the others.
		const entries = parseInitialCluster(list.value).filter(m => m.name === m.name.trim());
		const changes = siblings.flatMap(sibling => {
			const theirs = memberFacts(sibling).list;
			if (!theirs) return [];
			const known = new Set(parseInitialCluster(theirs.value).map(m => m.name));
			const added = entries.filter(m => !known.has(m.name)).map(m => `${m.name}=${m.url}`);
			return added.length === 0 ? [] : [{ ...replaceValue(sibling, theirs, [theirs.value, ...added].join(',')), doc: sibling }];
		});
		const names = [...new Set(entries.map(m => m.name))].filter(name => siblings.some(s => memberFacts(s).list && !parseInitialCluster(memberFacts(s).list!.value).some(m => m.name === name)));
		if (changes.length > 0) actions.push(action(m.addToEveryList(names.join(', '), spelled('initial-cluster', list)), doc, changes));
	}
	return actions;
}

function onLines(doc: ConfigDocument, setting: Setting, range: Range): boolean {
	const first = positionAt(doc.lines, setting.statementSpan.start).line;
	const last = positionAt(doc.lines, setting.valueSpan.end).line;
	return range.start.line <= last && range.end.line >= first;
}

function stateChange(member: ConfigDocument): TextChange[] {
	const state = effectiveSetting(member, 'initial-cluster-state');
	if (state?.value === 'existing') return [];
	if (state) return [{ ...replaceValue(member, state, 'existing'), doc: member }];
	const anchor = effectiveSetting(member, 'initial-cluster') ?? member.settings[member.settings.length - 1];
	const added = anchor && addSetting(member, anchor, 'initial-cluster-state', 'existing');
	return added ? [{ ...added.change, doc: member }] : [];
}

function action(title: string, doc: ConfigDocument, changes: readonly TextChange[]): CodeAction {
	return { title: maskSecrets(title, secretsOf(doc)), kind: CodeActionKind.RefactorRewrite, edit: { changes: toWorkspaceChanges(doc, changes) } };
}

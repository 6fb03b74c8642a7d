import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import { clusterActions } from './clusterActions';
import { fileUriOf, type ConfigDocument } from '../model/configDocument';
import { effectiveSetting } from '../dialects/effective';
import type { Fix, TextChange } from '../rules/rule';
import { offsetAt, positionAt, rangeOf } from '../text/lineIndex';
import type { EngineContext } from '../validate/context';
import { findProblems, toDiagnostic, type FoundProblem } from '../validate/validate';
import { messagesFor } from '../l10n/messages';
import type { FeatureMessages } from '../l10n/features.en';
import { trimEndOf } from '../text/trailing';
import { insertLinesBefore } from '../text/lineEdits';
import { replaceValue, spelled } from '../dialects';
import { nodeIndexAt } from '../rules/shared/readsTheSame';
import { maskSecrets, secretsOf } from '../model/secrets';
import { TakenSpans } from './takenSpans';
import { tokenActions } from './tokenActions';
import { withEditSummary } from './editSummary';

export const fixAllKind = `${CodeActionKind.SourceFixAll}.etcd`;

/** Quick fixes for the problems in range, a suppression for each, refactorings on the line, and fix-all. */
export function codeActions(doc: ConfigDocument, where: { readonly range: Range; readonly only?: readonly string[] }, ctx: EngineContext): CodeAction[] {
	const { range, only } = where;
	const wanted = (kind: string) => !only || only.some(prefix => kind === prefix || kind.startsWith(prefix + '.'));
	const found = findProblems(doc, ctx);
	const actions: CodeAction[] = [];
	const m = messagesFor(ctx.locale).features;
	if (wanted(CodeActionKind.QuickFix)) {
		const start = offsetAt(doc.lines, range.start);
		const end = offsetAt(doc.lines, range.end);
		const here = found.filter(f => f.problem.span.start <= end && f.problem.span.end >= start);
		const diagnostics = new Map(here.map(item => [item, toDiagnostic(doc, item, ctx)]));
		for (const item of here) for (const fix of item.problem.fixes ?? []) actions.push(quickFix(doc, fix, diagnostics.get(item)!));
		actions.push(...suppressions(doc, here, diagnostics, ctx));
	}
	if (wanted(CodeActionKind.RefactorRewrite)) {
		// A refactoring that makes the same edit as a quick fix listed above is that fix again.
		const refactorings = [...stateSwitch(doc, range, m), ...tokenActions(doc, range, ctx), ...clusterActions(doc, range, ctx.cluster, m)];
		actions.push(...refactorings.filter(r => !actions.some(a => a.title === r.title || sameEdit(a, r))));
	}
	if (wanted(fixAllKind)) {
		const all = fixAll(doc, found, m);
		if (all) actions.push(all);
	}
	return actions.map(action => withEditSummary(fileUriOf(doc.uri), action, m));
}

function toEdits(doc: ConfigDocument, changes: readonly TextChange[]): TextEdit[] {
	return changes.map(change => ({ range: rangeOf(doc.lines, change.span), newText: change.newText }));
}

/** One workspace edit for changes that may reach into the cluster's other files. */
export function toWorkspaceChanges(doc: ConfigDocument, changes: readonly TextChange[]): { [uri: string]: TextEdit[] } {
	const byUri: { [uri: string]: TextEdit[] } = {};
	for (const change of changes) {
		const target = change.doc ?? doc;
		(byUri[fileUriOf(target.uri)] ??= []).push({ range: rangeOf(target.lines, change.span), newText: change.newText });
	}
	return byUri;
}

function quickFix(doc: ConfigDocument, fix: Fix, diagnostic: Diagnostic): CodeAction {
	return {
		title: maskSecrets(fix.title, secretsOf(doc)),
		kind: CodeActionKind.QuickFix,
		diagnostics: [diagnostic],
		isPreferred: fix.preferred,
		edit: { changes: toWorkspaceChanges(doc, fix.changes) },
	};
}

/** One suppression per line, for every rule that found something there (and the rules their findings explain). */
function suppressions(doc: ConfigDocument, here: readonly FoundProblem[], diagnostics: ReadonlyMap<FoundProblem, Diagnostic>, ctx: EngineContext): CodeAction[] {
	const byLine = new Map<number, FoundProblem[]>();
	for (const item of here) {
		const line = positionAt(doc.lines, item.problem.span.start).line;
		byLine.set(line, [...byLine.get(line) ?? [], item]);
	}
	return [...byLine.values()].map(items => {
		const ids = [...new Set(items.flatMap(item => [item.rule, ...item.folded ?? []]).map(rule => rule.id))];
		return suppression(doc, items[0].problem.span.start, ids, items.map(item => diagnostics.get(item)!), ctx);
	});
}

/** Adds the rules to a disable-next-line comment right above, or writes a new one. */
function suppression(doc: ConfigDocument, offset: number, ids: readonly string[], diagnostics: Diagnostic[], ctx: EngineContext): CodeAction {
	const line = positionAt(doc.lines, offset).line;
	const existing = ctx.directives.disabledOnLine.get(line);
	// The node that starts the line above (a byte-order mark puts the first one at offset 1).
	const above = line > 0 ? doc.env.nodes[Math.max(0, nodeIndexAt(doc.env.nodes, doc.lines.lineStarts[line - 1]))] : undefined;
	const previous = above?.kind === 'comment' && positionAt(doc.lines, above.span.start).line === line - 1 ? above : undefined;
	let change: TextChange;
	if (existing && previous?.kind === 'comment') {
		const textEnd = previous.span.start + trimEndOf(doc.text.slice(previous.span.start, previous.span.end), '\r\n').length;
		change = { span: { start: textEnd, end: textEnd }, newText: `, ${ids.join(', ')}` };
	} else {
		change = insertLinesBefore(doc.text, offset, [`# etcd-config-disable-next-line ${ids.join(', ')}`]);
	}
	return {
		title: messagesFor(ctx.locale).features.ignoreOnLine(ids.join(', ')),
		kind: CodeActionKind.QuickFix,
		diagnostics,
		edit: { changes: { [fileUriOf(doc.uri)]: toEdits(doc, [change]) } },
	};
}

/** Switching between `new` and `existing` is always on offer on the state line, problem or not. */
function stateSwitch(doc: ConfigDocument, range: Range, m: FeatureMessages): CodeAction[] {
	const state = effectiveSetting(doc, 'initial-cluster-state');
	if (!state) return [];
	const lines = [positionAt(doc.lines, state.statementSpan.start).line, positionAt(doc.lines, state.valueSpan.end).line];
	if (range.end.line < lines[0] || range.start.line > lines[1]) return [];
	const target = state.value === 'existing' ? 'new' : 'existing';
	return [{
		title: m.switchState(spelled('initial-cluster-state', state), target),
		kind: CodeActionKind.RefactorRewrite,
		edit: { changes: { [fileUriOf(doc.uri)]: toEdits(doc, [replaceValue(doc, state, target)]) } },
	}];
}

/** Whether two actions make the same edit, file by file. */
function sameEdit(a: CodeAction, b: CodeAction): boolean {
	return a.edit !== undefined && b.edit !== undefined && JSON.stringify(a.edit) === JSON.stringify(b.edit);
}

/** Every safe fix, skipping any whose edits would overlap an earlier one. */
export function safeChanges(found: readonly FoundProblem[]): TextChange[] {
	const taken: TextChange[] = [];
	const spans = new TakenSpans();
	for (const { problem } of found) {
		// Safe fixes stay inside their own file: fix-all and --fix edit one file at a time.
		const fix = problem.fixes?.find(f => f.safe && f.changes.every(change => change.doc === undefined));
		if (!fix || fix.changes.some(change => spans.clashes(change.span))) continue;
		taken.push(...fix.changes);
		for (const change of fix.changes) spans.add(change.span);
	}
	return taken;
}

function fixAll(doc: ConfigDocument, found: readonly FoundProblem[], m: FeatureMessages): CodeAction | undefined {
	// A YAML file that does not parse is read differently once one piece of it changes: no fix is safe there.
	if (doc.yaml && doc.yaml.errors.length > 0) return undefined;
	const changes = safeChanges(found);
	if (changes.length === 0) return undefined;
	return { title: m.fixAll, kind: fixAllKind, edit: { changes: { [fileUriOf(doc.uri)]: toEdits(doc, changes) } } };
}

import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { messagesFor } from '../l10n/messages';
import { maskSecrets, secretsOf } from '../model/secrets';
import { listedOf } from '../rules/related';
import { fileUriOf, type ConfigDocument } from '../model/configDocument';
import type { Problem, Severity } from '../model/findings';
import { hasTemplate } from '../parsers/templates';
import { rules } from '../rules';
import type { Rule, RuleContext, RuleView } from '../rules/rule';
import { positionAt, rangeOf, type LineIndex, type Span } from '../text/lineIndex';
import { containerContext, ruleContext, type EngineContext } from './context';
import { viewOf, viewsOf } from './views';
import { foldExplained } from './fold';
import { memberView } from './memberView';

export interface FoundProblem {
	readonly rule: Rule;
	readonly severity: Severity;
	readonly problem: Problem;
	/** The rules whose findings this one explains (folded into its related information): one suppression silences them all. */
	readonly folded?: readonly Rule[];
}

const lspSeverity: Record<Severity, DiagnosticSeverity> = {
	error: DiagnosticSeverity.Error,
	warning: DiagnosticSeverity.Warning,
	information: DiagnosticSeverity.Information,
	hint: DiagnosticSeverity.Hint,
};

/** Runs every enabled rule and drops what the file's comments suppress. */
export function findProblems(doc: ConfigDocument, ctx: EngineContext): FoundProblem[] {
	const steps = findProblemsStepwise(doc, ctx);
	let step = steps.next();
	while (!step.done) step = steps.next();
	return step.value;
}

/**
 * The same, one rule at a time: it pauses after each rule, so that a caller that must stay responsive (the
 * language server, on a large file) can answer other requests in between, or give up when the text changed.
 */
export function* findProblemsStepwise(doc: ConfigDocument, ctx: EngineContext): Generator<void, FoundProblem[]> {
	if (!doc.members) return yield* memberProblems(doc, ctx);
	// A manifest or compose file: each container is checked as the member it is.
	const found: FoundProblem[] = [];
	for (const member of doc.members) found.push(...yield* memberProblems(member, containerContext(doc, member, ctx)));
	return found;
}

function* memberProblems(doc: ConfigDocument, ctx: EngineContext): Generator<void, FoundProblem[]> {
	const { disabled, disabledOnLine } = ctx.directives;
	// A unit and the env file it loads: each is checked with what the other supplies.
	const member = ctx.links.length > 0 ? memberView(doc, ctx.links) : undefined;
	const seen = viewsFor(member?.doc ?? doc, ctx);
	const found: FoundProblem[] = [];
	for (const rule of rules) {
		const setting = ctx.rules[rule.id];
		if (setting === 'off' || disabled.has(rule.id)) continue;
		const view = seen(rule.sees ?? 'used');
		for (const seenProblem of checkSafely(rule, view.doc, view.ctx)) {
			const problem = member ? member.own(seenProblem) : seenProblem;
			if (!problem) continue;
			// Where no line is disabled, no finding needs its line: thousands of findings on a large file.
			if (disabledOnLine.size > 0 && disabledOnLine.get(positionAt(doc.lines, problem.span.start).line)?.has(rule.id)) continue;
			found.push({ rule, severity: setting ?? problem.severity ?? rule.severity, problem: withoutTemplateText(problem) });
		}
		yield;
	}
	return foldExplained(found);
}

/** A fix that would write what a template decides (its masked text) into the file is no fix. */
function withoutTemplateText(problem: Problem): Problem {
	if (!problem.fixes?.some(fix => fix.changes.some(change => hasTemplate(change.newText)))) return problem;
	return { ...problem, fixes: problem.fixes.filter(fix => !fix.changes.some(change => hasTemplate(change.newText))) };
}

/** The document and rule context for each view, each made once and only when a rule asks for it. */
function viewsFor(doc: ConfigDocument, ctx: EngineContext): (view: RuleView) => { doc: ConfigDocument; ctx: RuleContext } {
	const made = new Map<RuleView, { doc: ConfigDocument; ctx: RuleContext }>();
	return view => {
		let found = made.get(view);
		if (!found) made.set(view, found = { doc: viewOf(doc, ctx.target, view), ctx: viewedContext(ctx, view) });
		return found;
	};
}

/** The rules' context, with the other members of the cluster seen the same way. */
export function viewedContext(ctx: EngineContext, view: RuleView): RuleContext {
	return ruleContext(ctx, docs => viewsOf(docs, ctx.target, view));
}

/** Runs one rule on the document as it sees it (Rule.sees), as findProblems does; for tests. */
export function checkRule(rule: Rule, doc: ConfigDocument, ctx: EngineContext): Problem[] {
	return rule.check(viewOf(doc, ctx.target, rule.sees ?? 'used'), viewedContext(ctx, rule.sees ?? 'used'));
}

/** A rule that throws is a bug in that rule: it must not hide the other rules' findings. */
function checkSafely(rule: Rule, doc: ConfigDocument, ctx: RuleContext): Problem[] {
	try {
		return rule.check(doc, ctx);
	} catch {
		return [];
	}
}

export function validate(doc: ConfigDocument, ctx: EngineContext): Diagnostic[] {
	return findProblems(doc, ctx).map(found => toDiagnostic(doc, found, ctx));
}

export function toDiagnostic(doc: ConfigDocument, { rule, severity, problem }: FoundProblem, ctx: EngineContext): Diagnostic {
	const message = maskSecrets(problem.message, secretsOf(doc));
	return diagnosticOf(doc.lines, problem.span, severity, rule.id, ctx.rulesDocBase, message, { relatedInformation: relatedOf(doc, problem, ctx), tags: tagsOf(problem) });
}

function tagsOf(problem: Problem): DiagnosticTag[] | undefined {
	if (!problem.deprecated && !problem.unnecessary) return undefined;
	const tags: DiagnosticTag[] = [];
	if (problem.deprecated) tags.push(DiagnosticTag.Deprecated);
	if (problem.unnecessary) tags.push(DiagnosticTag.Unnecessary);
	return tags;
}

/**
 * What every diagnostic of ours carries: where, how severe, which rule (linked to its documentation), what it says;
 * then `more`. One literal, not a spread of it: a copy made by spreading took three times the memory, and a file can
 * have a finding on each of thousands of lines.
 */
export function diagnosticOf(lines: LineIndex, span: Span, severity: Severity, ruleId: string, rulesDocBase: string, message: string, more?: Partial<Diagnostic>): Diagnostic {
	return { range: rangeOf(lines, span), severity: lspSeverity[severity], code: ruleId, codeDescription: { href: `${rulesDocBase}#${ruleId}` }, source: 'etcd', message, ...more };
}

/** Where a related finding points; the start of another container (not of its file) for what it leaves at the default. */
function relatedSpan(related: NonNullable<Problem['related']>[number]): Span {
	const container = related.doc?.span;
	return container && related.span.end === 0 ? { start: container.start, end: container.start } : related.span;
}

/** The related locations of a finding, at most maxRelated of them: the last one counts what is left out. */
function relatedOf(doc: ConfigDocument, problem: Problem, ctx: EngineContext): DiagnosticRelatedInformation[] | undefined {
	if (!problem.related) return undefined;
	const all = problem.related.length + (problem.moreRelated ?? 0);
	const shown = problem.related.slice(0, listedOf(all));
	const more = all - shown.length;
	const listed = shown.map(related => ({
		location: { uri: fileUriOf((related.doc ?? doc).uri), range: rangeOf((related.doc ?? doc).lines, relatedSpan(related)) },
		message: maskSecrets(related.message, [...secretsOf(doc), ...secretsOf(related.doc ?? doc)]),
	}));
	if (more > 0) listed.push({ location: { uri: fileUriOf(doc.uri), range: rangeOf(doc.lines, problem.span) }, message: messagesFor(ctx.locale).rules.moreRelated(more) });
	return listed;
}

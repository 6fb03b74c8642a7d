import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../model/configDocument';
import type { Problem, Severity } from '../model/findings';
import { hasTemplate } from '../parsers/templates';
import { rules } from '../rules';
import type { Rule, RuleContext } from '../rules/rule';
import { positionAt, rangeOf } from '../text/lineIndex';
import { ruleContext, type EngineContext } from './context';

export interface FoundProblem {
	readonly rule: Rule;
	readonly severity: Severity;
	readonly problem: Problem;
}

const lspSeverity: Record<Severity, DiagnosticSeverity> = {
	error: DiagnosticSeverity.Error,
	warning: DiagnosticSeverity.Warning,
	information: DiagnosticSeverity.Information,
	hint: DiagnosticSeverity.Hint,
};

/** Runs every enabled rule and drops what the file's comments suppress. */
export function findProblems(doc: ConfigDocument, ctx: EngineContext): FoundProblem[] {
	const { disabled, disabledOnLine } = ctx.directives;
	const forRules = ruleContext(ctx);
	const found: FoundProblem[] = [];
	for (const rule of rules) {
		const setting = ctx.rules[rule.id];
		if (setting === 'off' || disabled.has(rule.id)) continue;
		for (const problem of checkSafely(rule, doc, forRules)) {
			const line = positionAt(doc.lines, problem.span.start).line;
			if (disabledOnLine.get(line)?.has(rule.id)) continue;
			found.push({ rule, severity: setting ?? problem.severity ?? rule.severity, problem: withoutTemplateText(problem) });
		}
	}
	return withoutExplained(found);
}

/** A fix that would write what a template decides (its masked text) into the file is no fix. */
function withoutTemplateText(problem: Problem): Problem {
	if (!problem.fixes?.some(fix => fix.changes.some(change => hasTemplate(change.newText)))) return problem;
	return { ...problem, fixes: problem.fixes.filter(fix => !fix.changes.some(change => hasTemplate(change.newText))) };
}

/** Drops the findings that start inside what another rule's finding explains (a value an open quote swallowed). */
function withoutExplained(found: FoundProblem[]): FoundProblem[] {
	const explaining = found.filter(f => f.problem.explains);
	if (explaining.length === 0) return found;
	return found.filter(f => !explaining.some(e => e.rule !== f.rule
		&& f.problem.span.start >= e.problem.explains!.start && f.problem.span.start < e.problem.explains!.end));
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
	const tags: DiagnosticTag[] = [];
	if (problem.deprecated) tags.push(DiagnosticTag.Deprecated);
	if (problem.unnecessary) tags.push(DiagnosticTag.Unnecessary);
	return {
		range: rangeOf(doc.lines, problem.span),
		severity: lspSeverity[severity],
		code: rule.id,
		codeDescription: { href: `${ctx.rulesDocBase}#${rule.id}` },
		source: 'etcd',
		message: problem.message,
		relatedInformation: problem.related?.map(related => ({
			location: { uri: (related.doc ?? doc).uri, range: rangeOf((related.doc ?? doc).lines, related.span) },
			message: related.message,
		})),
		tags: tags.length > 0 ? tags : undefined,
	};
}

import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { readDirectives } from './directives';
import type { EtcdVersion } from './etcd/options';
import type { Locale } from './l10n/locale';
import { messagesFor } from './l10n/messages';
import type { ConfigDocument } from './model';
import { rules } from './rules';
import { listedOf } from './rules/related';
import type { Problem, Rule, RuleContext, Severity } from './rules/rule';
import { maskSecrets, secretsOf } from './secrets';
import { positionAt, rangeOf } from './text';

export type RuleSetting = Severity | 'off';

export interface ValidationSettings {
	readonly version: EtcdVersion;
	/** Per rule id: a severity that replaces the rule's default, or `off`. */
	readonly rules: Readonly<Record<string, RuleSetting>>;
	/** Where docs/rules.md lives for the diagnostics' links; each rule is an anchor in it. */
	readonly rulesDocBase: string;
	/** Cluster tokens for fixes; defaults to one that says it must be replaced. */
	readonly newToken?: () => string;
	/** The language of messages and fix titles; English when left out. */
	readonly locale?: Locale;
}

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

export function ruleContext(doc: ConfigDocument, settings: ValidationSettings, siblings: readonly ConfigDocument[] = []): RuleContext {
	return {
		version: readDirectives(doc).version ?? settings.version,
		newToken: settings.newToken ?? (() => 'replace-with-a-random-token'),
		siblings,
		locale: settings.locale ?? 'en',
		msg: messagesFor(settings.locale).rules,
	};
}

/** Runs every enabled rule and drops what the file's comments suppress. `siblings`: the other files of its cluster. */
export function findProblems(doc: ConfigDocument, settings: ValidationSettings, siblings: readonly ConfigDocument[] = []): FoundProblem[] {
	const directives = readDirectives(doc);
	const ctx = ruleContext(doc, settings, siblings);
	const found: FoundProblem[] = [];
	for (const rule of rules) {
		const setting = settings.rules[rule.id];
		if (setting === 'off' || directives.disabled.has(rule.id)) continue;
		for (const problem of checkSafely(rule, doc, ctx)) {
			const line = positionAt(doc.lines, problem.span.start).line;
			if (directives.disabledOnLine.get(line)?.has(rule.id)) continue;
			found.push({ rule, severity: setting ?? problem.severity ?? rule.severity, problem });
		}
	}
	return found;
}

/** A rule that throws is a bug in that rule: it must not hide the other rules' findings. */
function checkSafely(rule: Rule, doc: ConfigDocument, ctx: RuleContext): Problem[] {
	try {
		return rule.check(doc, ctx);
	} catch {
		return [];
	}
}

export function validate(doc: ConfigDocument, settings: ValidationSettings, siblings: readonly ConfigDocument[] = []): Diagnostic[] {
	return findProblems(doc, settings, siblings).map(found => toDiagnostic(doc, found, settings));
}

export function toDiagnostic(doc: ConfigDocument, { rule, severity, problem }: FoundProblem, settings: ValidationSettings): Diagnostic {
	const tags: DiagnosticTag[] = [];
	if (problem.deprecated) tags.push(DiagnosticTag.Deprecated);
	if (problem.unnecessary) tags.push(DiagnosticTag.Unnecessary);
	return {
		range: rangeOf(doc.lines, problem.span),
		severity: lspSeverity[severity],
		code: rule.id,
		codeDescription: { href: `${settings.rulesDocBase}#${rule.id}` },
		source: 'etcd',
		message: maskSecrets(problem.message, secretsOf(doc)),
		relatedInformation: relatedOf(doc, problem, settings),
		tags: tags.length > 0 ? tags : undefined,
	};
}

/** The related locations of a finding, at most maxRelated of them: the last one counts what is left out. */
function relatedOf(doc: ConfigDocument, problem: Problem, settings: ValidationSettings): DiagnosticRelatedInformation[] | undefined {
	if (!problem.related) return undefined;
	const all = problem.related.length + (problem.moreRelated ?? 0);
	const shown = problem.related.slice(0, listedOf(all));
	const more = all - shown.length;
	const listed = shown.map(related => ({
		location: { uri: (related.doc ?? doc).uri, range: rangeOf((related.doc ?? doc).lines, related.span) },
		message: maskSecrets(related.message, [...secretsOf(doc), ...secretsOf(related.doc ?? doc)]),
	}));
	if (more > 0) listed.push({ location: { uri: doc.uri, range: rangeOf(doc.lines, problem.span) }, message: messagesFor(settings.locale).rules.moreRelated(more) });
	return listed;
}

import type { Diagnostic } from 'vscode-languageserver-types';
import { diagnosticOf } from './validate';
import { targetOf } from '../etcd/versions';
import { messagesFor } from '../l10n/messages';
import type { ConfigDocument } from '../model/configDocument';
import type { Problem, Severity } from '../model/findings';
import type { PatroniDocument } from '../model/patroniDocument';
import { patroniSecretsOf } from '../model/patroniSecrets';
import { maskSecrets } from '../model/secrets';
import { patroniDirectives } from '../parse/patroniDirectives';
import type { PatroniRule, PatroniRuleContext } from '../rules/patroniRule';
import { patroniRules } from '../rules/patroniRules';
import { positionAt, rangeOf } from '../text/lineIndex';
import type { EngineSettings, RuleSetting } from './context';

/** A Patroni file's context: its etcd cluster, the other Patroni files of that cluster, the user's settings. */
export interface PatroniContext extends PatroniRuleContext {
	readonly rules: Readonly<Record<string, RuleSetting>>;
	readonly rulesDocBase: string;
}

export function patroniContext(doc: PatroniDocument, settings: EngineSettings, members: readonly ConfigDocument[], peers: readonly PatroniDocument[] = []): PatroniContext {
	const locale = settings.locale ?? 'en';
	return {
		target: patroniDirectives(doc).version ?? targetOf(settings.version),
		members,
		peers: peers.filter(peer => peer.uri !== doc.uri),
		locale,
		msg: messagesFor(locale).patroni,
		rules: settings.rules ?? {},
		rulesDocBase: settings.rulesDocBase ?? 'docs/rules.md',
	};
}

export interface FoundPatroniProblem {
	readonly rule: PatroniRule;
	readonly severity: Severity;
	readonly problem: Problem;
}

/** Every enabled Patroni rule's findings, less what the file's comments suppress; a failing rule says nothing. */
export function findPatroniProblems(doc: PatroniDocument, ctx: PatroniContext): FoundPatroniProblem[] {
	const { disabled, disabledOnLine } = patroniDirectives(doc);
	const found: FoundPatroniProblem[] = [];
	for (const rule of patroniRules) {
		const setting = ctx.rules[rule.id];
		if (setting === 'off' || disabled.has(rule.id)) continue;
		let problems: Problem[] = [];
		try {
			problems = rule.check(doc, ctx);
		} catch {
			problems = [];
		}
		for (const problem of problems) {
			if (disabledOnLine.get(positionAt(doc.lines, problem.span.start).line)?.has(rule.id)) continue;
			found.push({ rule, severity: setting ?? problem.severity ?? rule.severity, problem });
		}
	}
	return found;
}

export function patroniDiagnostic(doc: PatroniDocument, { rule, severity, problem }: FoundPatroniProblem, ctx: PatroniContext): Diagnostic {
	const secrets = patroniSecretsOf(doc);
	return diagnosticOf(doc.lines, problem.span, severity, rule.id, ctx.rulesDocBase, maskSecrets(problem.message, secrets), {
		relatedInformation: problem.related?.map(related => ({
			location: { uri: related.doc?.uri ?? doc.uri, range: rangeOf((related.doc ?? doc).lines, related.span) },
			message: maskSecrets(related.message, secrets),
		})),
	});
}

export function validatePatroni(doc: PatroniDocument, ctx: PatroniContext): Diagnostic[] {
	return findPatroniProblems(doc, ctx).map(found => patroniDiagnostic(doc, found, ctx));
}

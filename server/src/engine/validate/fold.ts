import type { Problem, RelatedSpan, Severity } from '../model/findings';
import type { Rule } from '../rules/rule';
import type { FoundProblem } from './validate';

/*
 * One finding per mistake. A finding that `explains` a span speaks for the other rules' findings that start inside
 * it: they follow from the same mistake, so they become its related information. Their fixes go with them: a fix
 * mends its own finding, and the speaker's fixes mend the mistake (a fix of a follower that made the same edit would
 * only be listed twice). Where explaining findings overlap, the more severe speaks, then the earlier rule.
 */

const rank: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export function foldExplained(found: readonly FoundProblem[]): FoundProblem[] {
	// A stable sort keeps the rules' order among findings of one severity.
	const speakers = found.filter(f => f.problem.explains).sort((a, b) => rank[a.severity] - rank[b.severity]);
	if (speakers.length === 0) return [...found];
	const folded = new Map<FoundProblem, FoundProblem[]>();
	const taken = new Set<FoundProblem>();
	// A speaker ranked before this one is never its follower, even when it explains nothing itself.
	const ranked = new Set<FoundProblem>();
	for (const speaker of speakers) {
		ranked.add(speaker);
		if (taken.has(speaker)) continue;
		const { start, end } = speaker.problem.explains!;
		const followers = found.filter(f => !ranked.has(f) && f.rule !== speaker.rule && !taken.has(f)
			&& f.problem.span.start >= start && f.problem.span.start < end);
		if (followers.length === 0) continue;
		for (const follower of followers) taken.add(follower);
		folded.set(speaker, followers);
	}
	return found.filter(f => !taken.has(f)).map(f => folded.has(f) ? speaking(f, folded.get(f)!) : f);
}

function speaking(speaker: FoundProblem, followers: readonly FoundProblem[]): FoundProblem {
	const related: RelatedSpan[] = [...speaker.problem.related ?? []];
	for (const { problem } of followers) related.push({ span: problem.span, message: problem.message }, ...problem.related ?? []);
	const problem: Problem = { ...speaker.problem, related };
	return { ...speaker, problem, folded: [...speaker.folded ?? [], ...followers.flatMap(f => [f.rule, ...f.folded ?? []])].filter(unique) };
}

function unique(rule: Rule, index: number, all: readonly Rule[]): boolean {
	return all.indexOf(rule) === index;
}

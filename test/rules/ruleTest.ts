import assert from 'node:assert/strict';
import type { EtcdVersionSpec } from '../../server/src/engine/etcd/versions';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { rules } from '../../server/src/engine/rules';
import type { Fix, Problem } from '../../server/src/engine/rules/rule';
import type { Span } from '../../server/src/engine/text/lineIndex';
import { documentContext } from '../../server/src/engine/validate/context';
import { checkRule } from '../../server/src/engine/validate/validate';
import { mark } from '../markers';
import { applyChanges } from '../../server/src/engine/text/lineEdits';

export interface CheckOptions {
	/** A minor (its newest patch) or a patch release such as `3.4.23`. */
	readonly version?: EtcdVersionSpec;
	/** The file's name, which decides its format: `etcd.conf.yml` is read as YAML. */
	readonly file?: string;
}

const testToken = () => '0123456789abcdef';

/** Runs one rule on a text (markers removed) and returns its problems. */
export function check(ruleId: string, source: string, options: CheckOptions = {}): { text: string; problems: Problem[]; spans: readonly Span[] } {
	const rule = rules.find(r => r.id === ruleId);
	if (!rule) throw new Error(`no rule ${ruleId} in the registry`);
	const { text, spans } = mark(source);
	const doc = parseDocument(`file:///test/${options.file ?? 'etcd'}`, text);
	const ctx = documentContext(doc, { version: options.version ?? '3.5', newToken: testToken });
	return { text, problems: checkRule(rule, doc, ctx), spans };
}

/** Asserts that the rule reports exactly the ⟦marked⟧ ranges (none when nothing is marked). */
export function expectProblems(ruleId: string, source: string, options: CheckOptions = {}): Problem[] {
	const { text, problems, spans } = check(ruleId, source, options);
	const shown = (list: readonly Span[]) => list.map(s => `${JSON.stringify(text.slice(s.start, s.end))}@${s.start}`);
	assert.deepEqual(shown([...problems.map(p => p.span)].sort((a, b) => a.start - b.start)), shown(spans));
	return problems;
}

/** Applies the fix of the first problem whose title matches, and returns the whole new text. */
export function applyFix(ruleId: string, source: string, title: RegExp, options: CheckOptions = {}): string {
	const { text, problems } = check(ruleId, source, options);
	const fix: Fix | undefined = problems.flatMap(p => p.fixes ?? []).find(f => title.test(f.title));
	assert.ok(fix, `a fix titled ${title} among ${JSON.stringify(problems.flatMap(p => p.fixes ?? []).map(f => f.title))}`);
	return applyChanges(text, fix.changes);
}

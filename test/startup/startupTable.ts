import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../fixtures';

/*
 * docs/startup-checks.json, the table of truth: every check etcd 3.4–3.7 makes at start-up that can refuse a
 * configuration (and the acceptances that matter), with where etcd makes it, the rule that covers it or why none
 * does, and the cases that show it. The engine tests (startupChecks.test.ts) and the real-etcd suite
 * (test/differential/startupChecks.test.ts) read the same cases.
 */

export type Expectation = 'error' | 'clean' | 'warning' | 'quiet';

export interface StartupCase {
	readonly expect: Expectation;
	readonly env?: string;
	readonly yaml?: string;
	readonly args?: string;
	/** The releases the case is for; without it, every minor of the row (its newest patch and the patch the check came in). */
	readonly at?: readonly string[];
	/** false: the real etcd cannot show it here (files, DNS, other members, another address space). */
	readonly real?: boolean;
	/** true: the text stands alone, without the one-member base. */
	readonly bare?: boolean;
}

export interface VersionFacts {
	readonly since: string;
	readonly cite: readonly string[];
	readonly at3423?: string;
	/** Where the outcome differs from the row's in this version (3.5+ only warns about ETCD_VERSION). */
	readonly outcome?: string;
	/** What the row's cases give in the release before `since`: `same` as after, or one verdict for all (default: quiet). */
	readonly before?: Expectation | 'same';
}

export interface StartupRow {
	readonly id: string;
	readonly area: string;
	readonly what: string;
	readonly sources: readonly string[];
	readonly outcome: string;
	readonly world?: string;
	readonly versions: Readonly<Record<string, VersionFacts>>;
	readonly changed?: string;
	readonly rules?: readonly string[];
	readonly reason?: string;
	readonly cases: readonly StartupCase[];
}

export interface StartupTable {
	readonly releases: Readonly<Record<string, string>>;
	readonly base: { readonly env: string; readonly yaml: string };
	readonly rows: readonly StartupRow[];
}

export const startupTable: StartupTable = JSON.parse(readFileSync(join(repoRoot, 'docs', 'startup-checks.json'), 'utf8'));

/** Whether etcd refuses the configuration when the check fails (an exit or a crash), whatever else it depends on. */
export function refuses(row: StartupRow): boolean {
	return ['exit-1', 'exit-2', 'panic'].includes(row.outcome);
}

/** The addresses and ports a case's placeholders stand for. */
export interface Placement {
	readonly ip: string;
	readonly client: number;
	readonly peer: number;
	readonly extra: number;
	readonly metrics: number;
}

export const enginePlacement: Placement = { ip: '127.0.0.1', client: 2379, peer: 2380, extra: 2378, metrics: 2381 };

export function place(text: string, at: Placement): string {
	return text.replace(/@IP@/g, at.ip).replace(/@C@/g, String(at.client)).replace(/@P@/g, String(at.peer))
		.replace(/@X@/g, String(at.extra)).replace(/@M@/g, String(at.metrics));
}

/**
 * The base with a case's lines: a line naming a base key replaces that line (with its indented lines, in YAML), `-key`
 * drops it, `+line` is added even where the key is there already; other lines are added at the end.
 */
export function compose(base: string, lines: string, yaml: boolean): string {
	const keyOf = (line: string) => (yaml ? /^([^\s:#][^:]*):/ : /^([^=\s]+)=/).exec(line.replace(/^[+-]/, ''))?.[1] ?? line.replace(/^[+-]/, '');
	const blocks = (text: string) => text.split('\n').filter(l => l !== '').reduce((all: string[][], line) => {
		if (/^\s/.test(line) && all.length > 0) all[all.length - 1].push(line);
		else all.push([line]);
		return all;
	}, []);
	const result = blocks(base);
	for (const block of blocks(lines)) {
		const head = block[0];
		const at = result.findIndex(b => keyOf(b[0]) === keyOf(head));
		if (head.startsWith('-')) {
			if (at >= 0) result.splice(at, 1);
		} else if (head.startsWith('+') || at < 0) result.push([head.replace(/^\+/, ''), ...block.slice(1)]);
		else result[at] = block;
	}
	return result.map(b => b.join('\n')).join('\n') + '\n';
}

/** The file a case is: a YAML config file, or an env file (its flags in Debian's DAEMON_ARGS). */
export function caseFile(row: StartupRow, testCase: StartupCase, at: Placement): { uri: string; text: string; yaml: boolean } {
	const yaml = testCase.yaml !== undefined;
	if (yaml) return { uri: 'file:///startup/etcd.conf.yml', text: place(testCase.bare ? testCase.yaml! : compose(startupTable.base.yaml, testCase.yaml!, true), at), yaml };
	const env = testCase.bare ? testCase.env ?? '' : compose(startupTable.base.env, testCase.env ?? '', false);
	const args = testCase.args === undefined ? '' : `DAEMON_ARGS="${testCase.args}"\n`;
	return { uri: `file:///startup/${row.id}/etcd`, text: place(env + args, at), yaml };
}

/** The releases a case is checked at, with what it must give there. */
export function casePlan(row: StartupRow, testCase: StartupCase): { release: string; expect: Expectation }[] {
	if (testCase.at) return testCase.at.map(release => ({ release, expect: testCase.expect }));
	return Object.entries(row.versions).flatMap(([minor, facts]) => {
		const since = facts.since.split('.').map(Number);
		const plan = [{ release: minor, expect: testCase.expect }];
		if (since[2] > 0) plan.push({ release: facts.since, expect: testCase.expect }, { release: `${minor}.${since[2] - 1}`, expect: facts.before === 'same' ? testCase.expect : facts.before ?? 'quiet' });
		return plan;
	});
}

import { writeFileSync } from 'node:fs';

/**
 * A node:test-shaped runner for the extension host, where node:test cannot run: its files would be started as
 * separate Node processes, outside VS Code. Tests run one after another, in the order they are declared.
 */
interface Test {
	readonly name: string;
	readonly body: () => Promise<void>;
}

const tests: Test[] = [];
const testTimeoutMs = 60_000;

export function test(name: string, body: () => Promise<void>): void {
	tests.push({ name, body });
}

export interface Results {
	readonly passed: string[];
	readonly failed: { name: string; error: string }[];
}

/** Runs every declared test, writes the results where the runner asked (ETCD_E2E_RESULTS), fails if one failed. */
export async function runAll(suite: string): Promise<void> {
	const results: Results = { passed: [], failed: [] };
	console.log(`▶ ${suite}`);
	for (const { name, body } of tests) {
		const started = Date.now();
		try {
			await withTimeout(body(), testTimeoutMs, name);
			results.passed.push(name);
			console.log(`  ✔ ${name} (${Date.now() - started} ms)`);
		} catch (error) {
			const text = error instanceof Error ? error.stack ?? error.message : String(error);
			results.failed.push({ name, error: text });
			console.error(`  ✖ ${name} (${Date.now() - started} ms)\n${indent(text)}`);
		}
	}
	console.log(`${suite}: ${results.passed.length} passed, ${results.failed.length} failed`);
	if (process.env.ETCD_E2E_RESULTS) writeFileSync(process.env.ETCD_E2E_RESULTS, JSON.stringify(results, null, '\t'));
	if (results.failed.length > 0) throw new Error(`${results.failed.length} of ${tests.length} ${suite} tests failed`);
}

function withTimeout(promise: Promise<void>, ms: number, name: string): Promise<void> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${name}: no result after ${ms} ms`)), ms); });
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function indent(text: string): string {
	return text.split('\n').map(line => `      ${line}`).join('\n');
}

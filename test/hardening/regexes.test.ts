import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { repoRoot } from '../fixtures';

/** Every regular expression literal in server/src, found by the TypeScript scanner (not by a regex of our own). */
function regexLiterals(): { where: string; pattern: RegExp }[] {
	const found: { where: string; pattern: RegExp }[] = [];
	const walk = (directory: string): string[] => readdirSync(directory).flatMap(name => {
		const path = join(directory, name);
		return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
	});
	for (const path of walk(join(repoRoot, 'server', 'src'))) {
		const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
		const visit = (node: ts.Node): void => {
			if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
				const text = node.getText(source);
				const end = text.lastIndexOf('/');
				const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
				found.push({ where: `${relative(repoRoot, path)}:${line} ${text}`, pattern: new RegExp(text.slice(1, end), text.slice(end + 1)) });
			}
			ts.forEachChild(node, visit);
		};
		visit(source);
	}
	return found;
}

/**
 * Texts that make a backtracking regex slow: long runs of each kind of character the config files are made of,
 * and of the pairs our patterns look for, each ending in a character that spoils the match at the last moment.
 */
function adversarialTexts(length: number): string[] {
	const units = [' ', '\t', 'a', 'A', '0', '_', '=', '"', '\'', '\\', '{', '}', '{%', '{{', '%', '$', ':', '/', '.', '-', '--', ',', ';', '#',
		'\n', '\r', '\r\n', 'a=', 'a,', 'a:', ' a', '\\"', '1.', '[', ']', '[:', 'ETCD_', 'http://', '@', '\u00e9', '\uFFFD'];
	const endings = ['!', '\u0000', '\n', ' ', '='];
	return units.flatMap(unit => endings.map(ending => unit.repeat(Math.ceil(length / unit.length)) + ending));
}

function runOver(pattern: RegExp, text: string): void {
	if (pattern.global || pattern.sticky) {
		pattern.lastIndex = 0;
		const matches = text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g'));
		while (!matches.next().done) { /* every match */ }
	} else {
		pattern.exec(text);
	}
}

describe('regular expressions of the server against adversarial input', () => {
	const literals = regexLiterals();

	it('finds the expressions (the scan itself works)', () => {
		assert.ok(literals.length > 50, `only ${literals.length} regular expressions found in server/src`);
	});

	it('every expression runs in linear time over adversarial texts (no catastrophic backtracking)', () => {
		const short = adversarialTexts(5_000);
		const long = adversarialTexts(20_000);
		const timeOver = (pattern: RegExp, texts: string[]) => {
			const start = performance.now();
			for (const text of texts) {
				runOver(pattern, text);
				if (performance.now() - start > 2000) break;
			}
			return performance.now() - start;
		};
		// The best of three runs: a pause of the garbage collector or a busy machine (a global pattern that matches every
		// character makes 20,000 match objects) slows one run, while backtracking slows every one.
		const bestOver = (pattern: RegExp, texts: string[]) => Math.min(...[0, 1, 2].map(() => timeOver(pattern, texts)));
		const slow: string[] = [];
		for (const { where, pattern } of literals) {
			if (timeOver(pattern, long) < 50) continue;
			const longMs = bestOver(pattern, long);
			// Four times the text: linear work takes about four times as long, quadratic sixteen.
			const ratio = longMs / Math.max(bestOver(pattern, short), 0.5);
			if (longMs >= 50 && ratio > 8) slow.push(`${where}: ${longMs.toFixed(0)} ms on 20,000 characters, ${ratio.toFixed(0)}× the time on 5,000`);
		}
		assert.deepEqual(slow, []);
	});
});

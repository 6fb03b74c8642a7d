// The engine in this process, without the protocol: parse, validate, hover and completion on the example member
// and on a generated 2,000-line file, median and p99 in µs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { time } from './measure.mjs';

const root = join(import.meta.dirname, '..');
const engine = file => import(join(root, 'out', 'server', 'src', 'engine', file));
const { complete, documentContext, hover, parseDocument, validate } = await engine('index.js');
const { optionTable } = await engine('etcd/optionTable.js');
const { atVersion } = await engine('etcd/options.js');

export const settings = { version: '3.5', rules: {}, rulesDocBase: 'file:///docs/rules.md', newToken: () => '0123456789abcdef' };

/**
 * A long file as people do write them: every option of 3.5 with its default, a comment above each, blank lines
 * between groups, a DAEMON_ARGS line now and then; past the first round every key is a duplicate.
 */
export function longFile(lines) {
	const options = optionTable.filter(option => option.status['3.5'] === 'ok');
	const out = ['# /etc/default/etcd, generated for the benchmark'];
	for (let i = 0; out.length < lines; i++) {
		const option = options[i % options.length];
		out.push(`# ${option.name}: set ${i}`, `${option.env}="${atVersion(option.defaultValue, '3.5') ?? ''}"`);
		if (i % 10 === 9) out.push('', 'DAEMON_ARGS="--log-level info --heartbeat-interval 100"');
	}
	return out.slice(0, lines).join('\n') + '\n';
}

function figuresOn(uri, text, keyAt, valueAt) {
	const doc = parseDocument(uri, text);
	const ctx = documentContext(doc, settings);
	const lastLine = text.split('\n').length - 1;
	const options = { minRuns: 2000, minMs: 300 };
	// Whole-file passes over the long file take milliseconds: fewer runs say as much.
	const whole = text.length > 10_000 ? { minRuns: 100, minMs: 200, warmup: 10 } : options;
	return {
		lines: lastLine,
		parse: time(() => parseDocument(uri, text), whole),
		validate: time(() => validate(doc, documentContext(doc, settings)), whole),
		hoverKey: time(() => hover(doc, keyAt, ctx), options),
		hoverValue: time(() => hover(doc, valueAt, ctx), options),
		completeKey: time(() => complete(doc, { line: lastLine, character: 0 }, ctx), options),
		completeValue: time(() => complete(doc, { line: valueAt.line, character: valueAt.character }, ctx), options),
	};
}

export function engineFigures() {
	const example = readFileSync(join(root, 'examples', 'pg-cluster', 'pg3', 'etcd'), 'utf8');
	const long = longFile(2000);
	// Hover and completion near the end of the long file: the worst place for anything that scans from the top.
	const stateLine = long.split('\n').findLastIndex(line => line.startsWith('ETCD_INITIAL_CLUSTER_STATE='));
	return {
		example: figuresOn('file:///bench/pg3/etcd', example, { line: 9, character: 5 }, { line: 9, character: 30 }),
		long2000: figuresOn('file:///bench/long/etcd', long, { line: stateLine, character: 5 }, { line: stateLine, character: 29 }),
	};
}

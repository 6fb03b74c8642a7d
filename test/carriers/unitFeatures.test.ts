import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { complete } from '../../server/src/engine/features/completion';
import { convert } from '../../server/src/engine/features/convert';
import { hover } from '../../server/src/engine/features/hover';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { applyChanges } from '../../server/src/engine/text/lineEdits';
import { contextOf, problemsOf } from '../engineContext';
import { mark } from '../markers';

const uri = 'file:///etc/systemd/system/etcd.service';
const unit = (service: string) => `[Unit]\nDescription=etcd\n\n[Service]\nType=notify\n${service}\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n`;

function found(text: string) {
	const doc = parseDocument(uri, text);
	return { doc, problems: problemsOf(doc).map(found => ({ ...found.problem, rule: found.rule })) };
}

function fixed(text: string, rule: string, title: RegExp): string {
	const { problems } = found(text);
	const fix = problems.filter(p => p.rule.id === rule).flatMap(p => p.fixes ?? []).find(f => title.test(f.title));
	assert.ok(fix, `a fix ${title} among ${JSON.stringify(problems.flatMap(p => (p.fixes ?? []).map(f => f.title)))}`);
	return applyChanges(text, fix.changes);
}

describe('systemd units: the same rules', () => {
	it('finds a unit in the duration etcd refuses, on the flag\'s own line', () => {
		const { doc, problems } = found(unit('ExecStart=/usr/bin/etcd \\\n  --name infra0 \\\n  --heartbeat-interval=100ms'));
		const problem = problems.find(p => p.rule.id === 'invalid-value');
		assert.ok(problem);
		assert.equal(doc.text.slice(problem.span.start, problem.span.end), '100ms');
	});
	it('finds a flag and an Environment= variable for one option, which etcd refuses', () => {
		const { problems } = found(unit('Environment=ETCD_NAME=infra0\nExecStart=/usr/bin/etcd --name infra0'));
		const [both] = problems.filter(p => p.rule.id === 'flag-and-variable');
		assert.match(both.message, /--name is also set as ETCD_NAME \(on line 6\)/);
	});
	it('does not say Debian\'s unit sets --name: this unit does not', () => {
		const { problems } = found(unit('ExecStart=/usr/bin/etcd --name infra0 --data-dir=/var/lib/etcd'));
		assert.deepEqual(problems.filter(p => p.rule.id === 'flag-and-variable'), []);
	});
	it('finds a stray word and a flag without its value', () => {
		const { problems } = found(unit('ExecStart=/usr/bin/etcd --name infra0 --auto-tls false'));
		assert.ok(problems.some(p => p.rule.id === 'invalid-argument'));
	});
	it('leaves values that specifiers and variables decide alone', () => {
		const { problems } = found(unit('ExecStart=/usr/bin/etcd --name %H --initial-advertise-peer-urls http://${HOST_IP}:2380 --listen-peer-urls http://0.0.0.0:2380'));
		assert.deepEqual(problems.filter(p => p.rule.severity === 'error').map(p => p.rule.id), []);
	});
});

describe('systemd units: fixes in the unit\'s own syntax', () => {
	it('writes a value in place, keeping the continued lines', () => {
		const text = unit('ExecStart=/usr/bin/etcd \\\n  --name infra0 \\\n  --heartbeat-interval=100ms \\\n  --election-timeout=1000');
		assert.equal(fixed(text, 'invalid-value', /100/), text.replace('100ms', '100'));
	});
	it('removes a flag with its line, and the last flag with the continuation before it', () => {
		const text = unit('Environment=ETCD_NAME=infra0\nExecStart=/usr/bin/etcd \\\n  --name infra0 \\\n  --data-dir=/d');
		assert.equal(fixed(text, 'flag-and-variable', /Remove --name/), text.replace('  --name infra0 \\\n', ''));
		const last = unit('Environment=ETCD_DATA_DIR=/d\nExecStart=/usr/bin/etcd \\\n  --name infra0 \\\n  --data-dir=/d');
		assert.equal(fixed(last, 'flag-and-variable', /Remove --data-dir/), last.replace(' \\\n  --data-dir=/d', ''));
	});
	it('moves a value into an Environment= assignment, quoted as systemd reads it back', () => {
		const text = unit('Environment="ETCD_NAME=a b"\nExecStart=/usr/bin/etcd --name="c %%d"');
		assert.equal(fixed(text, 'flag-and-variable', /Move/), unit('Environment="ETCD_NAME=c %%d"\nExecStart=/usr/bin/etcd'));
	});
	it('adds a flag on a continued line of its own, in the command\'s indentation', () => {
		const text = unit('ExecStart=/usr/local/bin/etcd \\\n    --listen-client-urls=https://10.0.0.1:2379 \\\n    --data-dir=/d');
		const { problems } = found(text);
		const fix = problems.flatMap(p => p.fixes ?? []).find(f => f.changes.some(c => c.newText.includes('--advertise-client-urls')));
		assert.ok(fix, JSON.stringify(problems.map(p => [p.rule.id, (p.fixes ?? []).map(f => f.title)])));
		const result = applyChanges(text, fix.changes);
		assert.match(result, /\n {4}--listen-client-urls=https:\/\/10\.0\.0\.1:2379 \\\n {4}--advertise-client-urls=https:\/\/10\.0\.0\.1:2379 \\\n {4}--data-dir=\/d\n/);
	});
});

describe('systemd units: hover', () => {
	it('explains a flag of ExecStart= and a variable of Environment=', () => {
		const hoverAt = (source: string) => {
			const { text, cursor } = mark(source);
			const doc = parseDocument(uri, text);
			return (hover(doc, cursor!, contextOf(doc))?.contents as MarkupContent | undefined)?.value ?? '';
		};
		assert.match(hoverAt(unit('ExecStart=/usr/bin/etcd \\\n  --heartbeat-inte‸rval=100')), /^\*\*--heartbeat-interval\*\*/);
		assert.match(hoverAt(unit('Environment=ETCD_LOG_LE‸VEL=debug\nExecStart=/usr/bin/etcd')), /^\*\*ETCD_LOG_LEVEL\*\*/);
	});
});

describe('systemd units: completion', () => {
	const labels = (source: string) => {
		const { text, cursor } = mark(source);
		const doc = parseDocument(uri, text);
		return complete(doc, cursor!, contextOf(doc)).map(item => item.label);
	};
	it('offers etcd\'s flags in the etcd ExecStart=, on a continued line too, and not those already given', () => {
		const flags = labels(unit('ExecStart=/usr/bin/etcd \\\n  --name a \\\n  --heart‸'));
		assert.ok(flags.includes('--heartbeat-interval'));
		assert.ok(!flags.includes('--name'));
		assert.deepEqual(labels(unit('ExecStart=/usr/bin/postgres --heart‸')), []);
	});
	it('offers values after a flag\'s = and variables in Environment=', () => {
		assert.ok(labels(unit('ExecStart=/usr/bin/etcd --initial-cluster-state=‸')).includes('existing'));
		assert.ok(labels(unit('Environment=ETCD_LOG_‸\nExecStart=/usr/bin/etcd')).includes('ETCD_LOG_LEVEL'));
	});
});

describe('systemd units: conversion', () => {
	it('writes the unit\'s flags and variables as the env file of its EnvironmentFile=', () => {
		const doc = parseDocument(uri, unit('Environment=ETCD_LOG_LEVEL=info GOMAXPROCS=2\nExecStart=/usr/bin/etcd \\\n  --name %H \\\n  --data-dir="/var/lib/etcd" \\\n  --log-level debug --auto-tls'));
		const result = convert(doc, contextOf(doc));
		assert.equal(result.format, 'env');
		assert.equal(result.text, 'ETCD_LOG_LEVEL="info"\nGOMAXPROCS="2"\nETCD_DATA_DIR="/var/lib/etcd"\nETCD_AUTO_TLS="true"\n');
		assert.ok(result.notes.some(note => /--name holds a specifier/.test(note)), JSON.stringify(result.notes));
	});
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addSetting, removeSetting, replaceValue } from '../../server/src/engine/dialects';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { templateMark } from '../../server/src/engine/parsers/templates';
import { applyChanges } from '../../server/src/engine/text/lineEdits';
import { problemsOf } from '../engineContext';

/*
 * Any unit-shaped text: parsing and every rule never throw, every fix applies, and a value written by a dialect is
 * read back as written (quotes, backslashes, %, $ and blanks included) with the other settings unchanged.
 */

const uri = 'file:///p/etcd.service';
const pieces = ['[Service]\n', '[Unit]\n', 'ExecStart=', '/usr/bin/etcd', 'Environment=', 'ETCD_NAME=', ' --name ', ' --heartbeat-interval=',
	'--auto-tls', ' \\\n', '\\', '"', '\'', '%H', '%%', '$X', '${X}', '#', '\n', '\r\n', ' ', 'a', '100ms', ';', '='];
const unitText = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 40 }).map(parts => '[Service]\n' + parts.join(''));
const value = fc.oneof(fc.constantFrom('a b', 'x"y', 'p\\q', '50%', '$HOME', 'it\'s', ''), fc.string({ maxLength: 6 })).filter(v => !/[\r\n\0]/.test(v) && !v.includes(templateMark));
const settingsOf = (text: string) => parseDocument(uri, text).settings.map(s => `${s.key}=${s.value}`);

describe('systemd units: any text', () => {
	it('never throws, and every fix applies (2,000 runs)', () => {
		fc.assert(fc.property(unitText, text => {
			const doc = parseDocument(uri, text);
			for (const found of problemsOf(doc)) for (const fix of found.problem.fixes ?? []) parseDocument(uri, applyChanges(text, fix.changes));
		}), { numRuns: 2000 });
	});
	it('reads back a value written into a flag or a variable, the others unchanged (2,000 runs)', () => {
		const base = '[Service]\nEnvironment=ETCD_LOG_LEVEL=info "ETCD_INITIAL_CLUSTER_TOKEN=a b"\nExecStart=/usr/bin/etcd \\\n  --name infra0 \\\n  --data-dir="/var/lib/etcd" \\\n  --auto-tls\n';
		const doc = parseDocument(uri, base);
		fc.assert(fc.property(fc.nat(doc.settings.length - 1), value, (index, written) => {
			const setting = doc.settings[index];
			const after = settingsOf(applyChanges(base, [replaceValue(doc, setting, written)]));
			const expected = settingsOf(base).map((s, i) => i === index ? `${setting.key}=${written}` : s);
			assert.deepEqual(after, expected);
		}), { numRuns: 2000 });
	});
	it('removes any setting and adds one after any flag, the rest read the same', () => {
		const base = '[Service]\nEnvironment=ETCD_LOG_LEVEL=info ETCD_ENABLE_PPROF=true\nExecStart=/usr/bin/etcd \\\n  --name infra0 \\\n  --data-dir=/d --auto-tls \\\n  --snapshot-count 100\n';
		const doc = parseDocument(uri, base);
		doc.settings.forEach((setting, index) => {
			const removed = settingsOf(applyChanges(base, [removeSetting(doc, setting)]));
			assert.deepEqual(removed, settingsOf(base).filter((_s, i) => i !== index), `removing ${setting.key}`);
			const added = addSetting(doc, setting, 'initial-cluster-token', 'to ken');
			if (!added) return;
			const result = settingsOf(applyChanges(base, [added.change]));
			assert.ok(result.includes('--initial-cluster-token=to ken') || result.includes('ETCD_INITIAL_CLUSTER_TOKEN=to ken'), `after ${setting.key}: ${JSON.stringify(result)}`);
			assert.equal(result.length, settingsOf(base).length + 1);
		});
	});
});

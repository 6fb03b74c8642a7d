import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { effectiveSetting } from '../../server/src/engine/dialects/effective';
import { convert } from '../../server/src/engine/features/convert';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { hasTemplate } from '../../server/src/engine/parsers/templates';
import { contextOf } from '../engineContext';
import { repoRoot } from '../fixtures';

const fixturesDir = join(repoRoot, 'test', 'fixtures');

/*
 * "Convert to environment file" on a compose file or a manifest: each container's settings as the env file it could
 * read instead (compose's env_file:, a ConfigMap with envFrom:), one section per container. What the section says
 * must be what the container gave etcd, option by option; what the world fills in stays behind with a note.
 */
describe('containers converted to env files', () => {
	const cases = [join('containers', 'compose', 'compose.yaml'), join('containers', 'kubeadm', 'etcd.yaml'), join('containers', 'statefulset.yaml')];
	for (const file of cases) {
		it(`${file}: every container's options come out with the values etcd took`, () => {
			const doc = parseDocument(`file:///c/${file}`, readFileSync(join(fixturesDir, file), 'utf8'));
			const members = doc.members ?? [];
			assert.ok(members.length > 0);
			const { format, text, notes } = convert(doc, contextOf(doc));
			assert.equal(format, 'env');
			const sections = members.length > 1 ? text.split(/^# .*\n/m).slice(1) : [text];
			assert.equal(sections.length, members.length, text);
			members.forEach((member, index) => {
				const converted = parseDocument('file:///c/etcd.env', sections[index]);
				for (const setting of member.settings) {
					const name = setting.option?.name;
					if (!name) continue;
					const taken = effectiveSetting(member, name)!;
					const written = effectiveSetting(converted, name);
					if (hasTemplate(taken.value)) assert.equal(written, undefined, `${name} holds what the launcher fills in`);
					else assert.equal(written?.value, taken.value, `${name} of container ${index + 1}`);
				}
			});
			assert.match(notes[0], doc.format === 'compose' ? /env_file:/ : /envFrom:/);
		});
	}

	it('heads each section with its service and notes what compose fills in', () => {
		const compose = 'services:\n  etcd-a:\n    image: quay.io/coreos/etcd:v3.5.17\n    command: ["etcd", "--name=etcd-a", "--data-dir=${DATA}"]\n  etcd-b:\n    image: quay.io/coreos/etcd:v3.5.17\n    environment:\n      ETCD_NAME: etcd-b\n';
		const doc = parseDocument('file:///c/compose.yaml', compose);
		const { text, notes } = convert(doc, contextOf(doc));
		assert.equal(text, '# etcd-a\nETCD_NAME="etcd-a"\n\n# etcd-b\nETCD_NAME="etcd-b"\n');
		assert.match(notes.join(' '), /--data-dir holds a value that compose or Kubernetes fills in/);
	});
});

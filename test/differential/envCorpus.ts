import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureFiles, repoRoot } from '../fixtures';
import { cases as clusterCases, memberFile, members, type Member } from './clusterCases';
import { cases as etcdCases } from './etcdCases';

/*
 * Every env file of the repository's suites, for the systemd differential suite: the examples and env fixtures,
 * the grammar tests (env files with assertions in comments), the files of the etcd differential suites, and the
 * saved fuzz inputs of the env properties.
 */

export interface CorpusFile {
	readonly name: string;
	readonly bytes: Uint8Array;
}

const text = (name: string, content: string): CorpusFile => ({ name, bytes: Buffer.from(content, 'utf8') });

function onDisk(): CorpusFile[] {
	const grammar = join(repoRoot, 'test', 'grammar');
	const grammarFiles = readdirSync(grammar).filter(name => name.endsWith('.etcd')).map(name => join(grammar, name));
	return [...fixtureFiles(), ...grammarFiles].map(path => ({ name: path.slice(repoRoot.length + 1), bytes: readFileSync(path) }));
}

function differentialSuites(): CorpusFile[] {
	const single = Object.entries(etcdCases).map(([name, template], index) =>
		text(`etcd.test.ts: ${name}`, template.replace(/@IP@/g, `127.0.98.${index + 1}`).replace(/@C@/g, '21000').replace(/@P@/g, '21001')));
	const cluster = clusterCases.flatMap((testCase, index) => {
		const files = Object.fromEntries(members.map(m => [m, memberFile(60 + index, m)])) as Record<Member, string>;
		testCase.change(files, 60 + index);
		return members.map(m => text(`cluster.test.ts: ${testCase.name} (${m})`, files[m]));
	});
	return [...single, ...cluster];
}

function fuzzInputs(): CorpusFile[] {
	const directory = join(repoRoot, 'test', 'fixtures', 'fuzz');
	return readdirSync(directory).filter(name => name.endsWith('.json')).flatMap(name => {
		const saved = JSON.parse(readFileSync(join(directory, name), 'utf8')) as { property: string; args: unknown[] };
		return !saved.property.endsWith('-yaml') && typeof saved.args[0] === 'string' ? [text(`test/fixtures/fuzz/${name}`, saved.args[0])] : [];
	});
}

export function suiteFiles(): CorpusFile[] {
	return [...onDisk(), ...differentialSuites(), ...fuzzInputs()];
}

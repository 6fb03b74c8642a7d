import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConfigDocument } from '../../server/src/engine/model/configDocument';
import type { PatroniDocument } from '../../server/src/engine/model/patroniDocument';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { parsePatroni } from '../../server/src/engine/parse/parsePatroni';
import { patroniFormat } from '../../server/src/engine/parse/recognise';
import type { EngineSettings } from '../../server/src/engine/validate/context';
import { findPatroniProblems, patroniContext, type PatroniContext } from '../../server/src/engine/validate/validatePatroni';
import { repoRoot } from '../fixtures';

/** The user's three etcd members (examples/pg-cluster) and the Patroni file of pg1 beside them. */
export function exampleFiles(): Record<string, string> {
	const read = (path: string) => readFileSync(join(repoRoot, 'examples', 'pg-cluster', path), 'utf8');
	return { pg1: read('pg1/etcd'), pg2: read('pg2/etcd'), pg3: read('pg3/etcd'), patroni: read('pg1/patroni.yml') };
}

/** The TLS setup of test/fixtures/patroni-tls: three etcd 3.5 members from YAML files, client certificates required. */
export function tlsFiles(): Record<string, string> {
	const read = (name: string) => readFileSync(join(repoRoot, 'test', 'fixtures', 'patroni-tls', name), 'utf8');
	return { db1: read('etcd1.yaml'), db2: read('etcd2.yaml'), db3: read('etcd3.yaml'), patroni: read('patroni.yml') };
}

export interface Checked {
	readonly doc: PatroniDocument;
	readonly members: ConfigDocument[];
	readonly ctx: PatroniContext;
}

/** Parses the files (`patroni` is the Patroni file, the others etcd members) and makes the Patroni file's context. */
export function checked(files: Record<string, string>, settings: Partial<EngineSettings> = {}, peers: PatroniDocument[] = []): Checked {
	const members = Object.entries(files).filter(([name]) => name !== 'patroni')
		.map(([name, text]) => parseDocument(`file:///cluster/${name}/${text.startsWith('# /etc/etcd/etcd.conf.yml') ? 'etcd.conf.yml' : 'etcd'}`, text));
	const doc = parsePatroni('file:///cluster/patroni.yml', files.patroni, patroniFormat(files.patroni));
	return { doc, members, ctx: patroniContext(doc, { version: '3.5', ...settings }, members, peers) };
}

/** The findings of one rule, as `[severity, message]`. */
export function findings(files: Record<string, string>, ruleId: string, settings: Partial<EngineSettings> = {}): [string, string][] {
	const { doc, ctx } = checked(files, settings);
	return findPatroniProblems(doc, ctx).filter(f => f.rule.id === ruleId).map(f => [f.severity, f.problem.message]);
}

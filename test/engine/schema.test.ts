import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, it } from 'node:test';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { parseDocument, type Tags } from 'yaml';
import { etcdVersions, type EtcdVersion } from '../../server/src/engine/etcd/options';
import { repoRoot } from '../fixtures';

/*
 * The JSON Schemas in schemas/ against our YAML fixtures and examples, read the way etcd reads a config file: YAML 1.1
 * turned into JSON. Two traps never reach a schema: a file that does not parse (yaml-syntax) and a key written twice
 * (yaml-duplicate-key), since a schema only ever sees the parsed value. For those the parser's own error is checked.
 */

/**
 * etcd's YAML reader (go-yaml v2 under sigs.k8s.io/yaml) keeps `1:30` and `2024-01-01` as strings, where the yaml
 * package's 1.1 schema would make a sexagesimal number and a Date (observed with etcd 3.4.23).
 */
const etcdTags = (tags: Tags) => tags.filter(tag => typeof tag === 'string' || (tag.tag !== 'tag:yaml.org,2002:timestamp' && tag.format !== 'TIME'));

function readYaml(path: string) {
	return parseDocument(readFileSync(path, 'utf8'), { version: '1.1', customTags: etcdTags });
}

function asJson(path: string): unknown {
	const doc = readYaml(path);
	assert.deepEqual(doc.errors.map(e => e.message), [], `${path} parses`);
	return JSON.parse(JSON.stringify(doc.toJS()));
}

/** The comment header of a fixture: `# versions: 3.5 3.6` (default: every version), `# expect: rule-id`. */
function header(path: string, name: string): string | undefined {
	return new RegExp(`^# ${name}: (.*?)\\r?$`, 'm').exec(readFileSync(path, 'utf8'))?.[1];
}

function yamlFiles(...parts: string[]): string[] {
	const directory = join(repoRoot, ...parts);
	return readdirSync(directory).filter(name => /\.ya?ml(\.sample)?$/.test(name)).sort().map(name => join(directory, name));
}

function schemaPath(version?: EtcdVersion): string {
	return join(repoRoot, 'schemas', version ? `etcd-config-${version}.schema.json` : 'etcd-config.schema.json');
}

const validators = new Map<EtcdVersion, ValidateFunction>();

function validate(version: EtcdVersion, data: unknown): ErrorObject[] {
	const check = validators.get(version)!;
	return check(data) ? [] : [...(check.errors ?? [])];
}

function explain(errors: ErrorObject[]): string {
	return errors.map(e => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`).join('\n');
}

/** Every leaf key of a schema, dotted. */
function schemaKeys(schema: { properties?: Record<string, unknown> }, prefix = ''): string[] {
	return Object.entries(schema.properties ?? {}).flatMap(([key, sub]) => {
		const nested = sub as { properties?: Record<string, unknown> };
		return nested.properties ? schemaKeys(nested, `${prefix}${key}.`) : [`${prefix}${key}`];
	});
}

before(() => {
	// Strict mode, so a typo in a keyword of ours fails here; the two editor keywords are declared.
	// strictRequired aside: the schema asks whether a manifest's or a compose file's keys are there, keys it does not define.
	const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
	ajv.addVocabulary(['markdownDescription', 'deprecationMessage']);
	for (const version of etcdVersions) validators.set(version, ajv.compile(JSON.parse(readFileSync(schemaPath(version), 'utf8'))));
});

describe('JSON Schema files', () => {
	it('are what scripts/generateSchema.mjs makes from the committed option table and docs', async () => {
		const generator = await import(pathToFileURL(join(repoRoot, 'scripts', 'generateSchema.mjs')).href);
		const files: Record<string, string> = generator.schemaFiles(generator.compiledFacts(repoRoot));
		assert.deepEqual(Object.keys(files).sort(), readdirSync(join(repoRoot, 'schemas')).map(name => `schemas/${name}`).sort());
		for (const [path, text] of Object.entries(files)) {
			assert.equal(readFileSync(join(repoRoot, path), 'utf8'), text, `${path} is stale: npx tsc -p . && node scripts/generateSchema.mjs`);
		}
	});

	it('the unversioned schema is the default version\'s, and package.json contributes it for the YAML file names', () => {
		assert.equal(readFileSync(schemaPath(), 'utf8'), readFileSync(schemaPath('3.5'), 'utf8'));
		const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
		const names = ['etcd.conf.yml', 'etcd.conf.yaml', 'etcd.yml', 'etcd.yaml', '*.etcd.yml', '*.etcd.yaml'];
		assert.deepEqual(manifest.contributes.yamlValidation, [{
			fileMatch: [...names, ...names.map(name => `${name}.sample`)],
			url: './schemas/etcd-config.schema.json',
		}]);
		assert.match(readFileSync(join(repoRoot, '.vscodeignore'), 'utf8'), /^!schemas\/\*\*$/m);
	});

	it('know the keys of each version: catch-up spelled as etcd reads it, TLS lists nested from 3.5, discovery-config from 3.6', () => {
		const keys = (version: EtcdVersion) => new Set(schemaKeys(JSON.parse(readFileSync(schemaPath(version), 'utf8'))));
		assert.ok(keys('3.5').has('experimental-snapshot-catch-up-entries'));
		assert.ok(!keys('3.5').has('experimental-snapshot-catchup-entries'));
		assert.ok(!keys('3.4').has('peer-transport-security.allowed-cn'));
		assert.ok(keys('3.5').has('peer-transport-security.allowed-cn'));
		assert.ok(!keys('3.5').has('discovery-config.client.endpoints'));
		assert.ok(keys('3.6').has('discovery-config.client.endpoints'));
		assert.ok(!keys('3.7').has('enable-v2'));
		for (const version of etcdVersions) assert.ok(!keys(version).has('client-crl-file') && !keys(version).has('cert-file'), version);
	});
});

describe('the schemas accept', () => {
	for (const path of yamlFiles('test', 'fixtures', 'yaml', 'valid')) {
		const versions = (header(path, 'versions')?.split(' ') ?? etcdVersions) as EtcdVersion[];
		it(`valid/${path.split('/').pop()} on etcd ${versions.join(', ')}`, () => {
			const data = asJson(path);
			for (const version of versions) assert.deepEqual(explain(validate(version, data)), '', `etcd ${version}`);
		});
	}

	const examples: [string[], EtcdVersion[]][] = [
		[['examples', 'yaml', 'etcd.conf.yml.sample'], ['3.5']],
		[['examples', 'yaml', 'etcd-3.4.conf.yml.sample'], ['3.4']],
		...['pg1', 'pg2', 'pg3'].map((member): [string[], EtcdVersion[]] => [['examples', 'yaml-cluster', member, 'etcd.conf.yml'], [...etcdVersions]]),
	];
	for (const [parts, versions] of examples) {
		it(`${parts.slice(1).join('/')} on etcd ${versions.join(', ')}`, () => {
			const data = asJson(join(repoRoot, ...parts));
			for (const version of versions) assert.deepEqual(explain(validate(version, data)), '', `etcd ${version}`);
		});
	}

	for (const [file, version] of [['etcd.conf.yml.sample', '3.5'], ['etcd-3.4.conf.yml.sample', '3.4']] as const) {
		it(`${file} sets every key etcd ${version} reads`, () => {
			const data = asJson(join(repoRoot, 'examples', 'yaml', file)) as Record<string, unknown>;
			const written = (key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], data) !== undefined;
			const schema = JSON.parse(readFileSync(schemaPath(version), 'utf8'));
			assert.deepEqual(schemaKeys(schema).filter(key => !written(key)), []);
		});
	}
});

/** What a schema can say about each trap: a value of the wrong type, or a key it does not have. */
const schemaKeyword: Record<string, string> = {
	'yaml-duration': 'type',
	'yaml-unquoted-string': 'type',
	'yaml-quoted-number': 'type',
	'yaml-list-shape': 'type',
	'yaml-flag-spelling': 'additionalProperties',
	'yaml-unknown-key': 'additionalProperties',
	'yaml-key-case': 'additionalProperties',
};
const parserTraps = new Set(['yaml-syntax', 'yaml-duplicate-key']);

/** The top-level key an error is about. */
function faultyKey(error: ErrorObject): string {
	const path = error.instancePath.split('/').slice(1);
	return path[0] ?? String(error.params.additionalProperty);
}

describe('the schemas reject each broken fixture', () => {
	for (const path of yamlFiles('test', 'fixtures', 'yaml', 'broken')) {
		const name = path.split('/').pop()!;
		const expected = header(path, 'expect') ?? '';
		it(`broken/${name}: ${expected}`, () => {
			assert.ok(name.startsWith(expected), 'named after the rule it triggers');
			if (parserTraps.has(expected)) {
				// Never reaches a schema: the YAML parser itself reports it.
				assert.notDeepEqual(readYaml(path).errors, []);
				return;
			}
			assert.ok(expected in schemaKeyword, `unknown rule id ${expected}`);
			const data = asJson(path) as Record<string, unknown>;
			for (const version of etcdVersions) {
				const errors = validate(version, data);
				assert.ok(errors.some(e => e.keyword === schemaKeyword[expected]), `etcd ${version}: ${explain(errors) || 'accepted'}`);
				// Rejected for the trap alone: without the keys the errors name, the rest of the file passes.
				const rest = Object.fromEntries(Object.entries(data).filter(([key]) => !errors.map(faultyKey).includes(key)));
				assert.deepEqual(explain(validate(version, rest)), '', `etcd ${version}`);
			}
		});
	}
});

/*
 * The editor hands the schema to files by name, and kubeadm's static pod is `manifests/etcd.yaml`. Red Hat YAML's
 * own validator (yaml-language-server, which VS Code's YAML extension runs) reads the files as it would there.
 */
describe('Red Hat YAML\'s validator with our schema', () => {
	const validated = async (name: string, text: string) => {
		const schema = JSON.parse(readFileSync(schemaPath(), 'utf8')) as object;
		const { getLanguageService } = await import('yaml-language-server');
		const { TextDocument } = await import('vscode-languageserver-textdocument');
		const service = getLanguageService({ schemaRequestService: async () => JSON.stringify(schema), workspaceContext: { resolveRelativePath: path => path } });
		service.configure({ validate: true, schemas: [{ uri: 'file:///etcd-config.schema.json', fileMatch: ['etcd.yaml'], schema }] });
		const diagnostics = await service.doValidation(TextDocument.create(`file:///${name}/etcd.yaml`, 'yaml', 1, text), false);
		return diagnostics.map(d => d.message);
	};

	it('leaves a kubeadm static pod and a compose file named etcd.yaml alone', async () => {
		for (const [name, path] of [['kubeadm', 'kubeadm/etcd.yaml'], ['compose', 'compose/compose.yaml']]) {
			assert.deepEqual(await validated(name, readFileSync(join(repoRoot, 'test', 'fixtures', 'containers', path), 'utf8')), [], name);
		}
	});

	it('still names a misspelled key of an etcd config file', async () => {
		assert.deepEqual(await validated('typo', 'name: pg1\nheartbeat-intervall: 100\n'), ['Property heartbeat-intervall is not allowed.']);
	});
});

// What the peer (yaml-language-server) is measured on: the example cluster's members written as etcd YAML config
// files, and a JSON schema of etcd's YAML keys built from our option table, so the peer validates every key and
// value against a schema of the same size and hovers show the same explanations ours do.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const out = join(import.meta.dirname, '..', 'out', 'server', 'src', 'engine');
const { optionTable } = await import(join(out, 'etcd', 'optionTable.js'));
const { atVersion } = await import(join(out, 'etcd', 'options.js'));
const { docFor } = await import(join(out, 'l10n', 'optionDocs.js'));
const { parseDocument } = await import(join(out, 'parse', 'parseDocument.js'));

const jsonTypes = { string: { type: 'string' }, bool: { type: 'boolean' }, integer: { type: 'integer' }, duration: { type: 'integer' },
	list: { type: 'array', items: { type: 'string' } } };

/** A JSON schema (draft 7) of the top-level YAML keys etcd 3.5 reads; unknown keys are errors, as in etcd. */
export function etcdSchema() {
	const properties = {};
	for (const option of optionTable) {
		const key = atVersion(option.yamlKey, '3.5');
		if (!key || key.includes('.') || !option.yamlValue) continue;
		const doc = docFor(option.name);
		const values = atVersion(option.values ?? [], '3.5');
		properties[key] = { ...jsonTypes[option.yamlValue], ...(values?.length ? { enum: values } : {}),
			description: doc ? `${doc.summary}\n\n${doc.details}` : option.name };
	}
	return { $schema: 'http://json-schema.org/draft-07/schema#', title: 'etcd configuration file', type: 'object', properties, additionalProperties: false };
}

/** An env member file of the example as etcd YAML: every setting under its YAML key, typed as the schema says. */
export function yamlOf(envText) {
	const lines = ['# etcd configuration file, the example member written as YAML'];
	for (const setting of parseDocument('file:///example/etcd', envText).settings) {
		const key = setting.option && atVersion(setting.option.yamlKey, '3.5');
		if (!key) continue;
		const value = setting.option.yamlValue === 'integer' ? setting.value : JSON.stringify(setting.value);
		lines.push(`${key}: ${value}`);
	}
	return lines.join('\n') + '\n';
}

/** Writes the schema and the three members as YAML into `root`; returns their uris and texts. */
export function writePeerWorkspace(root, exampleDir) {
	const schemaPath = join(root, 'etcd.schema.json');
	writeFileSync(schemaPath, JSON.stringify(etcdSchema(), null, '\t'));
	const members = ['pg1', 'pg2', 'pg3'].map(member => {
		const path = join(root, member, 'etcd.conf.yml');
		mkdirSync(join(root, member), { recursive: true });
		const text = yamlOf(readFileSync(join(exampleDir, member, 'etcd'), 'utf8'));
		writeFileSync(path, text);
		return { uri: pathToFileURL(path).toString(), text };
	});
	return { schemaUri: pathToFileURL(schemaPath).toString(), members };
}

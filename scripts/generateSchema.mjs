// Writes the JSON Schemas of etcd's YAML config file (`--config-file`), one per etcd minor version, from the
// option table and our English docs as tsc built them into out/ (so CI needs no ../shared). Run after changing either:
//   npx tsc -p . && node scripts/generateSchema.mjs
// test/engine/schema.test.ts regenerates them in memory and compares with the committed files.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Containers etcd reads as nested mappings; their text is ours, the keys inside come from the option table. */
const containers = {
	'client-transport-security': 'TLS towards clients: the certificate this member serves on https client URLs and how it checks client certificates. The flat flag names (`cert-file`, `key-file`, …) are ignored at the top level of a config file; they belong in here.',
	'peer-transport-security': 'TLS between members: the certificate served on https peer URLs and how the certificates of other members are checked. The flat `peer-*` flag names are ignored at the top level of a config file; they belong in here, without the `peer-` prefix.',
	'socket-options': 'Socket options of the listeners: let another process, or a restarted etcd, bind the same address and port.',
	'discovery-config': 'v3 discovery: the member finds its peers by registering under `token` in an existing etcd cluster reached through `client`.',
	'discovery-config.client': 'How this member connects to the etcd cluster that serves discovery.',
	'discovery-config.client.secure': 'TLS for the connection to the discovery cluster.',
	'discovery-config.client.auth': 'User name and password for the discovery cluster, when it has authentication enabled.',
};

/**
 * Keys etcd 3.6+ reads under `discovery-config` that have no flag and so no row in the option table
 * (they come from the Go client's own config struct).
 */
const yamlOnlyKeys = [
	{ key: 'discovery-config.client.secure.server-name', kind: 'string', text: 'Server name to expect in the discovery cluster\'s certificate, when it differs from the endpoint\'s host.' },
	{ key: 'discovery-config.client.max-request-bytes', kind: 'integer', text: 'Largest request, in bytes, sent to the discovery cluster; 0 keeps the client library\'s limit.' },
	{ key: 'discovery-config.client.max-recv-bytes', kind: 'integer', text: 'Largest response, in bytes, accepted from the discovery cluster; 0 keeps the client library\'s limit.' },
].map(entry => ({ ...entry, versions: ['3.6', '3.7'] }));

/** Value lists etcd enforces when it reads a config file; others (metrics, freelist types) it accepts anything for. */
function allowedValues(option, version) {
	const list = atVersion(option.values, version);
	const upTo35 = version === '3.4' || version === '3.5';
	switch (option.name) {
		// An empty string reads as new (observed with 3.4.23).
		case 'initial-cluster-state': return [...list, ''];
		// Empty passes on 3.4/3.5 and fails from 3.6 on.
		case 'auto-compaction-mode': return upTo35 ? [...list, ''] : list;
		// 3.4/3.5 skip an empty string (observed with 3.4.23); 3.6 does not check the fallback key at all.
		case 'proxy': return [...list, ''];
		case 'discovery-fallback': return upTo35 ? [...list, ''] : undefined;
		case 'log-level': case 'logger': case 'log-format': case 'tls-min-version': case 'tls-max-version':
		case 'v2-deprecation':
			return list;
		default: return undefined;
	}
}

/** 3.5+ read the level in any letter case, and an empty level as info. */
function logLevelAnyCase(values) {
	const spelled = values.map(value => [...value].map(c => `[${c}${c.toUpperCase()}]`).join(''));
	return { anyOf: [{ enum: values }, { type: 'string', pattern: `^(?:${spelled.join('|')}|)$` }] };
}

function atVersion(value, version) {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? value[version] : value;
}

/** The default as the YAML type writes it. */
function yamlDefault(kind, text, parseGoDuration) {
	switch (kind) {
		case 'bool': return text === 'true';
		case 'integer': return Number(text);
		case 'duration': {
			const parsed = parseGoDuration(text);
			if (!parsed.ok) throw new Error(`default ${text} is no duration`);
			return parsed.value;
		}
		case 'list': return text === '' ? [] : text.split(',');
		default: return text;
	}
}

const unsignedTypes = new Set(['uint', 'size']);
/** int64 in etcd: a negative quota turns the quota off instead of failing. */
const signedSizes = new Set(['quota-backend-bytes']);

function valueSchema(option, version) {
	const type = atVersion(option.type, version);
	switch (option.yamlValue) {
		case 'bool': return { type: 'boolean' };
		case 'duration': return { type: 'integer' };
		case 'list': return { type: 'array', items: { type: 'string' } };
		case 'integer':
			return unsignedTypes.has(type) && !signedSizes.has(option.name) ? { type: 'integer', minimum: 0 } : { type: 'integer' };
		default: {
			const values = allowedValues(option, version);
			if (!values) return { type: 'string', ...(type === 'enum' ? { examples: atVersion(option.values, version) } : {}) };
			if (option.name === 'log-level' && version !== '3.4') return logLevelAnyCase(values);
			return { type: 'string', enum: values };
		}
	}
}

/** How the value is written, in a few words, for the kinds people get wrong. */
function kindNote(option, version) {
	if (option.yamlValue === 'duration') return 'Integer nanoseconds (`5000000000` is 5 s); a duration such as `5s` is refused.';
	if (option.yamlValue === 'list') return 'A YAML list of strings.';
	if (option.yamlValue === 'integer' && option.unit === 'ms') return 'An integer number of milliseconds, without a unit.';
	if (option.yamlValue === 'integer' && option.unit === 's') return 'An integer number of seconds, without a unit.';
	if (atVersion(option.type, version) === 'url-list') return 'Comma-separated URLs in one string.';
	return '';
}

/** A value as it would be written in the file: strings quoted where YAML 1.1 would read something else. */
function yamlText(value) {
	if (Array.isArray(value)) return `[${value.map(yamlText).join(', ')}]`;
	if (typeof value !== 'string') return String(value);
	const plain = /^[A-Za-z_/][A-Za-z0-9_./:=,-]*$/.test(value) && !/^(y|yes|n|no|true|false|on|off|null)$/i.test(value);
	return plain ? value : `'${value.replace(/'/g, "''")}'`;
}

function describe(option, version, schemaDefault, facts) {
	const doc = facts.docs[option.name];
	if (!doc) throw new Error(`no English doc for ${option.name}`);
	const readable = option.yamlValue === 'duration' && schemaDefault !== 0 ? ` (${facts.describeDuration(schemaDefault)})` : '';
	const effective = option.effectiveDefault ? `, etcd then uses ${option.effectiveDefault}` : '';
	const since = option.sincePatch?.[version] ? ` Needs etcd ${option.sincePatch[version]} or later.` : '';
	const note = kindNote(option, version);
	return `${doc.summary}\n\n${note ? note + ' ' : ''}Default: \`${yamlText(schemaDefault)}\`${readable}${effective}.${since}`;
}

/** An empty value (`key:` with nothing after it) is YAML null, which etcd skips: the default stays (observed with 3.4.23). */
function nullable(schema) {
	if (schema.anyOf) return { ...schema, anyOf: [...schema.anyOf, { type: 'null' }] };
	if (schema.enum) return { ...schema, type: [schema.type, 'null'], enum: [...schema.enum, null] };
	return { ...schema, type: [schema.type, 'null'] };
}

function leafSchema(option, version, facts) {
	const schemaDefault = yamlDefault(option.yamlValue, atVersion(option.defaultValue, version), facts.parseGoDuration);
	const schema = { ...nullable(valueSchema(option, version)), default: schemaDefault, markdownDescription: describe(option, version, schemaDefault, facts) };
	if (option.status[version] === 'deprecated') {
		const next = successor(option.replacedBy, version, facts.options);
		schema.deprecationMessage = `Deprecated in etcd ${version}${next ? `; use ${next} instead` : ''}.`;
	}
	return schema;
}

/** The replacement as a config file writes it: its YAML key, or `feature-gates: Gate=true`; prose stays prose. */
function successor(replacedBy, version, options) {
	if (!replacedBy || replacedBy.includes(' ')) return replacedBy ?? '';
	const next = options.find(option => option.name === replacedBy);
	const key = next && atVersion(next.yamlKey, version);
	if (key) return `\`${key}\``;
	const setting = /^([a-z-]+)=(.+)$/.exec(replacedBy);
	return setting ? `\`${setting[1]}: ${setting[2]}\`` : `\`${replacedBy}\``;
}

function objectSchema(markdownDescription) {
	return { type: ['object', 'null'], markdownDescription, additionalProperties: false, properties: {} };
}

/** Puts a leaf under its dotted key, creating the nested mappings on the way. */
function place(root, dottedKey, leaf) {
	const parts = dottedKey.split('.');
	let node = root;
	parts.slice(0, -1).forEach((part, i) => {
		const path = parts.slice(0, i + 1).join('.');
		if (!(path in containers)) throw new Error(`no description for the mapping ${path}`);
		node.properties[part] ??= objectSchema(containers[path]);
		node = node.properties[part];
	});
	const last = parts[parts.length - 1];
	if (last in node.properties) throw new Error(`two options share the YAML key ${dottedKey}`);
	node.properties[last] = leaf;
}

/** Properties in key order, nested mappings included, so the files diff well. */
function sortProperties(node) {
	if (!node.properties) return node;
	const sorted = Object.keys(node.properties).sort().map(key => [key, sortProperties(node.properties[key])]);
	return { ...node, properties: Object.fromEntries(sorted) };
}

/** The schema of one etcd minor version. */
export function buildSchema(version, facts) {
	const root = {
		$schema: 'http://json-schema.org/draft-07/schema#',
		title: `etcd ${version} configuration file (--config-file)`,
		markdownDescription: `The YAML file etcd ${version} reads with \`--config-file\`. etcd ignores keys it does not know without a word, so a key this schema rejects is most likely a typo or a flag name that is spelled differently here.`,
		type: 'object',
		additionalProperties: false,
		properties: {},
	};
	const exists = status => status === 'ok' || status === 'experimental' || status === 'deprecated';
	for (const option of facts.options) {
		const key = atVersion(option.yamlKey, version);
		if (key && exists(option.status[version])) place(root, key, leafSchema(option, version, facts));
	}
	for (const extra of yamlOnlyKeys.filter(entry => entry.versions.includes(version))) {
		place(root, extra.key, { ...nullable({ type: extra.kind }), markdownDescription: extra.text });
	}
	return openToCarriers(sortProperties(root));
}

/**
 * kubeadm's static pod is `/etc/kubernetes/manifests/etcd.yaml`, and compose files get named etcd.yaml too: the
 * editor hands them this schema by name. Their keys are other tools' (etcd's flags sit in `command:`), so a file
 * with Kubernetes' `apiVersion`/`kind` or compose's `services` may hold any key; an etcd config file may not.
 */
function openToCarriers(schema) {
	const { additionalProperties, ...rest } = schema;
	const known = Object.fromEntries(Object.keys(schema.properties).map(key => [key, {}]));
	return {
		...rest,
		if: { anyOf: [{ required: ['apiVersion'] }, { required: ['kind'] }, { required: ['services'] }] },
		else: { properties: known, additionalProperties },
	};
}

/** Every schema file: path relative to the repository → its text. */
export function schemaFiles(facts) {
	const files = {};
	for (const version of facts.versions) {
		files[`schemas/etcd-config-${version}.schema.json`] = JSON.stringify(buildSchema(version, facts), null, '\t') + '\n';
	}
	files['schemas/etcd-config.schema.json'] = files[`schemas/etcd-config-${facts.defaultVersion}.schema.json`];
	return files;
}

function pick(module, ...names) {
	return Object.fromEntries(names.map(name => [name, module[name]]));
}

/** The facts as tsc compiled them. */
export function compiledFacts(root) {
	const load = path => createRequire(import.meta.url)(join(root, 'out', 'server', 'src', 'engine', path));
	const { allOptions, etcdVersions, defaultEtcdVersion } = load('etcd/options.js');
	return {
		options: allOptions(), versions: etcdVersions, defaultVersion: defaultEtcdVersion, docs: load('l10n/optionDocs.en.js').docsEn,
		...pick(load('parsers/goValues.js'), 'parseGoDuration'), ...pick(load('text/quantities.js'), 'describeDuration'),
	};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const root = join(import.meta.dirname, '..');
	const files = schemaFiles(compiledFacts(root));
	for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
	console.log(`wrote ${Object.keys(files).length} schemas`);
}

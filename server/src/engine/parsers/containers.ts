import type { Document, Node, Pair, Scalar, YAMLMap } from 'yaml';
import type { Span } from '../text/lineIndex';
import { splitWords, type Word } from './daemonArgs';
import { hasTemplate, templateMark } from './templates';
import { resolvedAlias } from './yamlFile';

/*
 * The containers that run etcd in another tool's YAML: the pods of Kubernetes objects (a static pod, a Deployment, a
 * StatefulSet, a DaemonSet) and the services of a compose file. Each one found is an etcd member: its arguments are
 * the words after the program (Kubernetes passes `command:` and `args:` items as they are; compose splits a string
 * `command:` as a shell would), its environment the `env:` items or `environment:` entries. What the world fills in
 * (Kubernetes' `$(VAR)`, compose's `${VAR}`, `valueFrom:`, a bare `- NAME`) becomes the template mark: unknown here.
 */

type YamlLibrary = typeof import('yaml');

function yamlLibrary(): YamlLibrary {
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- required on first use, as parsers/yamlFile.ts does
	return require('yaml') as YamlLibrary;
}

/** A scalar's decoded text located in the file, and the scalar as written (quotes included). */
export interface LocatedScalar extends Word {
	readonly span: Span;
}

/** One variable of a container's environment. */
export interface ContainerVariable {
	readonly name: Word;
	/** The value; its text is the template mark where the world gives it (`valueFrom:`, a bare `- NAME`). */
	readonly value: Word;
	/** The entry as written, from its first character to its last. */
	readonly entry: Span;
}

export interface EtcdContainer {
	/** The object's and the container's name (`etcd/etcd`), or the service's: unique in the file. */
	readonly id: string;
	/** The container or service as written. */
	readonly span: Span;
	/** etcd's arguments, in order. */
	readonly words: readonly Word[];
	/** `list`: each argument an item of a YAML list; `string`: words of one string that compose splits. */
	readonly form: 'list' | 'string';
	readonly variables: readonly ContainerVariable[];
	/** compose's `env_file` entries, each path as written (relative to the compose file's folder). */
	readonly envFiles?: readonly ListedEnvFile[];
}

/** An env file a compose service names; `optional`: `required: false`, compose skips it when missing. */
export interface ListedEnvFile {
	readonly path: string;
	readonly span: Span;
	readonly optional: boolean;
}

const podKinds = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job']);

/** Whether an image or a program is etcd: `registry.k8s.io/etcd:3.5.15-0`, `/usr/local/bin/etcd`. */
export function isEtcdImage(image: string): boolean {
	const name = image.slice(image.lastIndexOf('/') + 1);
	const tag = name.search(/[:@]/);
	const last = tag < 0 ? name : name.slice(0, tag);
	return /etcd/i.test(last) && !/etcdctl|operator|backup|defrag|exporter/i.test(last);
}

const isEtcdProgram = (program: string) => /(^|\/)etcd$/.test(program);

/** The etcd containers of every Kubernetes object in a (multi-document) manifest. Never throws. */
export function kubernetesContainers(text: string): EtcdContainer[] {
	const yaml = yamlLibrary();
	return documents(text).flatMap(doc => {
		const root = doc.contents;
		if (!yaml.isMap(root) || !podKinds.has(String(scalarAt(root, 'kind') ?? ''))) return [];
		const owner = String(scalarAt(mapAt(root, 'metadata'), 'name') ?? scalarAt(root, 'kind'));
		const spec = mapAt(root, 'spec');
		const pod = scalarAt(root, 'kind') === 'Pod' ? spec : mapAt(mapAt(spec, 'template'), 'spec');
		const containers = pod?.get('containers', true);
		if (!yaml.isSeq(containers)) return [];
		return containers.items.flatMap((item, index): EtcdContainer[] => {
			if (!yaml.isMap(item)) return [];
			const command = listWords(text, item.get('command', true), kubernetesWorld);
			const args = listWords(text, item.get('args', true), kubernetesWorld);
			const image = imageOf(item, doc);
			const runs = command ? isEtcdProgram(command[0]?.text ?? '') : isEtcdImage(image);
			if (!runs) return [];
			return [{
				id: `${owner}/${String(scalarAt(item, 'name') ?? index)}`,
				span: trimmed(text, spanOf(item)),
				words: [...(command ?? []).slice(1), ...(args ?? [])],
				form: 'list',
				variables: kubernetesVariables(text, item.get('env', true)),
			}];
		});
	});
}

/** The services of a compose file that run etcd, by their image or their command. Never throws. */
export function composeContainers(text: string): EtcdContainer[] {
	const yaml = yamlLibrary();
	const first = documents(text)[0];
	const root = first?.contents;
	const services = yaml.isMap(root) ? root.get('services', true) : undefined;
	if (!yaml.isMap(services)) return [];
	return services.items.flatMap((pair): EtcdContainer[] => {
		const service = pair.value;
		if (!yaml.isMap(service) || !yaml.isScalar(pair.key)) return [];
		const written = service.get('command', true);
		const string = yaml.isScalar(written) && typeof written.value === 'string';
		const command = string ? stringWords(text, written) : listWords(text, written, composeWorld) ?? [];
		const image = imageOf(service, first);
		const program = command[0]?.text ?? '';
		if (!isEtcdProgram(program) && !(isEtcdImage(image) && (command.length === 0 || program.startsWith('-')))) return [];
		return [{
			id: String(pair.key.value),
			span: trimmed(text, { start: spanOf(pair.key).start, end: spanOf(service).end }),
			words: isEtcdProgram(program) ? command.slice(1) : command,
			form: string ? 'string' : 'list',
			variables: composeVariables(text, service.get('environment', true)),
			envFiles: composeEnvFileEntries(text, service.get('env_file', true)),
		}];
	});
}

/** `env_file: a.env`, a list of paths, or a list of `{ path, required }`; a path compose interpolates is unknown. */
function composeEnvFileEntries(text: string, node: unknown): ListedEnvFile[] {
	const yaml = yamlLibrary();
	const entries = yaml.isSeq(node) ? node.items : [node];
	return entries.flatMap((entry): ListedEnvFile[] => {
		const path = yaml.isMap(entry) ? entry.get('path', true) : entry;
		if (!yaml.isScalar(path) || typeof path.value !== 'string' || path.value === '') return [];
		const located = locate(text, path, composeWorld);
		if (hasTemplate(located.text)) return [];
		const required = yaml.isMap(entry) ? scalarAt(entry, 'required') : undefined;
		return [{ path: located.text, span: { start: located.offsets[0], end: located.offsets[located.text.length - 1] + 1 }, optional: required === false }];
	});
}

function documents(text: string): Document.Parsed[] {
	if (lastParsed.text === text) return lastParsed.documents;
	let parsed: Document.Parsed[];
	try {
		parsed = yamlLibrary().parseAllDocuments(text, { uniqueKeys: false, prettyErrors: false }) as Document.Parsed[];
	} catch {
		parsed = [];
	}
	lastParsed = { text, documents: parsed };
	return parsed;
}

/**
 * The last text parsed, a one-entry memo: recognition reads a file's containers and its parse reads them again right
 * after, and a manifest's YAML parse is the largest part of the cost of opening it. The documents are only read.
 */
let lastParsed: { text: string; documents: Document.Parsed[] } = { text: '', documents: [] };

function mapAt(map: YAMLMap | undefined, key: string): YAMLMap | undefined {
	const value = map?.get(key, true);
	return yamlLibrary().isMap(value) ? value : undefined;
}

/** A container's image, also where compose files share it through an anchor (`image: *etcd-image`). */
function imageOf(map: YAMLMap, doc: Document.Parsed | undefined): string {
	const yaml = yamlLibrary();
	const written = map.get('image', true);
	const node = yaml.isAlias(written) && doc ? resolvedAlias(written, doc) : written;
	return yaml.isScalar(node) ? String(node.value ?? '') : '';
}

function scalarAt(map: YAMLMap | undefined, key: string): unknown {
	const value = map?.get(key, true);
	return yamlLibrary().isScalar(value) ? value.value : undefined;
}

function spanOf(node: Node): Span {
	const range = node.range ?? [0, 0, 0];
	return { start: range[0], end: range[1] };
}

/** A collection's span without the blank lines and line end block style counts as its own. */
function trimmed(text: string, span: Span): Span {
	let end = span.end;
	while (end > span.start && /\s/.test(text[end - 1])) end--;
	return { start: span.start, end };
}

/** Kubernetes fills in `$(NAME)` from the container's environment; `$$` is a `$`. */
const kubernetesWorld = /\$\([A-Za-z_][A-Za-z0-9_]*\)/g;
/** Compose fills in `${NAME}`, `${NAME:-x}` and `$NAME` from the host or its `.env`. */
const composeWorld = /\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g;

/** A scalar's text and where each character was written; what the world fills in becomes the template mark. */
export function locate(text: string, node: Scalar, world: RegExp): LocatedScalar {
	const span = spanOf(node);
	const decoded = node.value === null || node.value === undefined ? '' : String(node.value);
	const written = text.slice(span.start, span.end);
	const quote = written[0] === '"' || written[0] === '\'' ? 1 : 0;
	const literal = written.slice(quote, written.length - quote) === decoded;
	const offsets = literal ? Array.from({ length: decoded.length + 1 }, (_, i) => span.start + quote + i) : aligned(decoded, written, span.start);
	const masked = decoded.replace(world, found => templateMark.repeat(found.length));
	return { text: masked, offsets, span };
}

/**
 * Where each decoded character of a scalar with escapes, folded lines or indentation was written: the next source
 * character that is the same (a line end for a blank that folding made of it). Good enough for spans; an edit of such
 * a scalar writes it anew.
 */
function aligned(decoded: string, written: string, start: number): number[] {
	const offsets: number[] = [];
	let p = 0;
	for (const c of decoded) {
		let q = p;
		while (q < written.length && written[q] !== c && !((c === ' ' || c === '\n') && written[q] === '\n')) q++;
		if (q >= written.length) q = Math.min(p, written.length - 1);
		offsets.push(start + q);
		p = q + 1;
	}
	offsets.push(start + Math.min(p, written.length));
	return offsets;
}

function listWords(text: string, node: unknown, world: RegExp): LocatedScalar[] | undefined {
	const yaml = yamlLibrary();
	if (!yaml.isSeq(node)) return undefined;
	return node.items.flatMap(item => yaml.isScalar(item) ? [locate(text, item, world)] : []);
}

/** compose's string form, split as a shell splits words (quotes group, a backslash escapes). */
function stringWords(text: string, node: Scalar): Word[] {
	const whole = locate(text, node, composeWorld);
	return splitWords(whole.text).map(word => ({ text: word.text, offsets: word.offsets.map(i => whole.offsets[i]) }));
}

function kubernetesVariables(text: string, node: unknown): ContainerVariable[] {
	const yaml = yamlLibrary();
	if (!yaml.isSeq(node)) return [];
	return node.items.flatMap((item): ContainerVariable[] => {
		if (!yaml.isMap(item)) return [];
		const name = item.get('name', true);
		const value = item.get('value', true);
		if (!yaml.isScalar(name)) return [];
		const entry = trimmed(text, spanOf(item));
		const from = item.items.find(pair => yaml.isScalar(pair.key) && pair.key.value === 'valueFrom');
		return [{ name: locate(text, name, /$^/), value: yaml.isScalar(value) ? locate(text, value, kubernetesWorld) : fromWorld(from ?? item), entry }];
	});
}

function composeVariables(text: string, node: unknown): ContainerVariable[] {
	const yaml = yamlLibrary();
	if (yaml.isMap(node)) {
		return node.items.flatMap((pair): ContainerVariable[] => {
			if (!yaml.isScalar(pair.key)) return [];
			const name = locate(text, pair.key, /$^/);
			const value = yaml.isScalar(pair.value) && pair.value.value !== null ? locate(text, pair.value, composeWorld) : fromWorld(pair);
			return [{ name, value, entry: { start: name.span.start, end: pair.value ? spanOf(pair.value as Node).end : name.span.end } }];
		});
	}
	if (!yaml.isSeq(node)) return [];
	return node.items.flatMap((item): ContainerVariable[] => {
		if (!yaml.isScalar(item)) return [];
		const whole = locate(text, item, composeWorld);
		const equals = whole.text.indexOf('=');
		const name = { text: equals < 0 ? whole.text : whole.text.slice(0, equals), offsets: whole.offsets.slice(0, (equals < 0 ? whole.text.length : equals) + 1) };
		const value = equals < 0 ? fromWorld(item) : { text: whole.text.slice(equals + 1), offsets: whole.offsets.slice(equals + 1) };
		return [{ name, value, entry: whole.span }];
	});
}

/** A value the world gives: one template mark spanning what stands for it. */
function fromWorld(node: Node | Pair): Word {
	const span = yamlLibrary().isPair(node) ? { start: spanOf(node.key as Node).start, end: spanOf((node.value ?? node.key) as Node).end } : spanOf(node);
	return { text: templateMark, offsets: [span.start, span.end] };
}

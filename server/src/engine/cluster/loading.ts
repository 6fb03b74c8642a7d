import { documentDialect } from '../dialects';
import { containerIdOf, fileUriOf, type ConfigDocument, type LoadedFile } from '../model/configDocument';

/*
 * A unit's EnvironmentFile= and a compose service's env_file load an env file into etcd's environment: the loader's
 * flags and the file's variables reach one etcd, so the two files are one member and are checked together.
 *
 * Which file of the workspace a loader names: compose's relative paths name one file beside the compose file. A
 * unit names an absolute path (`/etc/etcd/etcd.env`) on the host it is installed on, and a repository keeps that
 * file elsewhere, so the unit's path is matched by what repositories do: the same path (a workspace that is the
 * host's /etc), a copy of the host's tree (`node1/etc/etcd/etcd.env`), or a file of that name beside the unit
 * (`node1/etcd.service` with `node1/etcd.env`; `templates/etcd.service.j2` with `templates/etcd.env.j2`). Where
 * several copies match, the one nearest the unit wins.
 */

/** A loader (a unit, a compose service's document) and one env file it loads. */
export interface LoadLink {
	readonly loader: ConfigDocument;
	readonly loaded: ConfigDocument;
	/** Where the loader names the file. */
	readonly at: LoadedFile;
}

/** What a template's name adds to the name of the file it renders. */
const templateSuffix = /\.(j2|jinja2?|tmpl|tpl|erb)$/;

/** The files of a workspace by name, to find what a loader names: made once for a set of files. */
export interface LoadTargets {
	/** The uri of the file `path` names, written in the loader at `loaderUri`; undefined when no file matches. */
	resolve(loaderUri: string, path: string): string | undefined;
}

export function loadTargets(uris: Iterable<string>): LoadTargets {
	const byName = new Map<string, { uri: string; path: string }[]>();
	for (const uri of uris) {
		const path = pathOf(uri);
		if (path === undefined) continue;
		const name = baseName(path).replace(templateSuffix, '');
		const known = byName.get(name);
		if (known) known.push({ uri, path }); else byName.set(name, [{ uri, path }]);
	}
	return {
		resolve(loaderUri, written) {
			const loaderPath = pathOf(fileUriOf(loaderUri));
			if (loaderPath === undefined) return undefined;
			const folder = folderOf(loaderPath);
			const wanted = written.startsWith('/') ? normalised(written) : normalised(`${folder}/${written}`);
			const candidates = byName.get(baseName(wanted)) ?? [];
			const exact = candidates.find(c => c.path === wanted);
			// compose reads the very file its path names; a unit's path may stand for a copy in the repository.
			if (exact || !written.startsWith('/')) return exact?.uri;
			const copies = candidates.filter(c => c.path.endsWith(wanted) || (folderOf(c.path) === folder && c.uri !== loaderUri));
			return copies.sort((a, b) => sharedDepth(b.path, loaderPath) - sharedDepth(a.path, loaderPath))[0]?.uri;
		},
	};
}

/**
 * The links of one document: the env files it loads (a unit, or each service of a compose file), and the loaders
 * that load it (an env file). `loaders` are the workspace's units and compose files; `documentOf` reads a file.
 */
export function loadLinksOf(doc: ConfigDocument, loaders: Iterable<ConfigDocument>, targets: LoadTargets, documentOf: (uri: string) => ConfigDocument | undefined): LoadLink[] {
	const links: LoadLink[] = [];
	const add = (loader: ConfigDocument, wanted?: string) => {
		for (const at of loader.loads ?? []) {
			const uri = targets.resolve(loader.uri, at.path);
			if (uri === undefined || (wanted !== undefined && uri !== wanted)) continue;
			const loaded = wanted !== undefined ? doc : documentOf(uri);
			if (loaded && documentDialect(loaded).loadable) links.push({ loader, loaded, at });
		}
	};
	for (const loader of doc.members ?? [doc]) add(loader);
	if (documentDialect(doc).loadable) {
		for (const file of loaders) for (const loader of file.members ?? [file]) if (loader.loads) add(loader, doc.uri);
	}
	return links;
}

/** Whether a document names env files to load (itself or one of its services): the index keeps such files at hand. */
export function loadsFiles(doc: ConfigDocument): boolean {
	return (doc.members ?? [doc]).some(member => (member.loads?.length ?? 0) > 0);
}

/** A loader or loaded file as messages name it: its name, and for a compose service the service (`compose.yaml: etcd-c`). */
export function fileAndService(doc: ConfigDocument): string {
	const name = decodeURIComponent(baseName(fileUriOf(doc.uri)));
	const service = containerIdOf(doc.uri);
	return service !== undefined ? `${name}: ${service}` : name;
}

function pathOf(uri: string): string | undefined {
	try {
		return uri.startsWith('file:') ? decodeURIComponent(new URL(uri).pathname) : undefined;
	} catch {
		return undefined;
	}
}

function baseName(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1);
}

function folderOf(path: string): string {
	return path.slice(0, path.lastIndexOf('/'));
}

/** `a/./b//c/../d` → `a/b/d`, as the file system reads it. */
function normalised(path: string): string {
	const parts: string[] = [];
	for (const part of path.split('/')) {
		if (part === '..') parts.pop();
		else if (part !== '.' && part !== '') parts.push(part);
	}
	return `/${parts.join('/')}`;
}

/** How many leading folders two paths share. */
function sharedDepth(a: string, b: string): number {
	const x = a.split('/');
	const y = b.split('/');
	let depth = 0;
	while (depth < x.length - 1 && depth < y.length - 1 && x[depth] === y[depth]) depth++;
	return depth;
}

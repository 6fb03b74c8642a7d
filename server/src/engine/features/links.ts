import type { DocumentLink } from 'vscode-languageserver-types';
import { atVersion } from '../etcd/options';
import type { EngineContext } from '../validate/context';
import type { ConfigDocument } from '../model/configDocument';
import { hasTemplate } from '../parsers/templates';
import { rangeOf } from '../text/lineIndex';

/** A value that names a file (a certificate, a key, the data directory): a link where the file exists. */
export interface PathCandidate {
	readonly path: string;
	/** The workspace file the path stands for (an env file a unit or compose service loads): the link goes there. */
	readonly uri?: string;
	readonly link: Omit<DocumentLink, 'target'>;
}

/**
 * Only values that name files can become links, and only where the file exists (the server looks): a link on every
 * key underlined the whole file, and etcd's page of an option is one click away in its hover.
 */
export function documentLinks(doc: ConfigDocument, ctx: EngineContext): PathCandidate[] {
	const paths: PathCandidate[] = [];
	for (const setting of doc.settings) {
		const option = setting.option;
		if (!option || atVersion(option.type, ctx.version) !== 'path' || !setting.value.startsWith('/') || hasTemplate(setting.value)) continue;
		const start = setting.valueOffsets[0];
		paths.push({ path: setting.value, link: { range: rangeOf(doc.lines, { start, end: setting.valueOffsets[setting.value.length - 1] + 1 }), tooltip: setting.value } });
	}
	return [...paths, ...loadedFiles(doc, ctx)];
}

/** EnvironmentFile= and env_file paths: to the workspace file they stand for, else (an absolute path) where it exists. */
function loadedFiles(doc: ConfigDocument, ctx: EngineContext): PathCandidate[] {
	return (doc.members ?? [doc]).flatMap(loader => (loader.loads ?? []).flatMap(at => {
		const uri = ctx.links.find(link => link.loader.uri === loader.uri && link.at.span.start === at.span.start)?.loaded.uri;
		if (uri === undefined && !at.path.startsWith('/')) return [];
		return [{ path: at.path, ...(uri !== undefined ? { uri } : {}), link: { range: rangeOf(doc.lines, at.span), tooltip: at.path } }];
	}));
}

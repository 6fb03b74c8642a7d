import type { DocumentLink } from 'vscode-languageserver-types';
import { atVersion } from '../etcd/options';
import type { EngineContext } from '../validate/context';
import type { ConfigDocument } from '../model/configDocument';
import { hasTemplate } from '../parsers/templates';
import { rangeOf } from '../text/lineIndex';

/** A value that names a file (a certificate, a key, the data directory): a link where the file exists. */
export interface PathCandidate {
	readonly path: string;
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
	return paths;
}

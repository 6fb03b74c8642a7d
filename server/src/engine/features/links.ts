import type { DocumentLink } from 'vscode-languageserver-types';
import { atVersion, docsLink, existsIn } from '../etcd/options';
import type { EngineContext } from '../validate/context';
import type { ConfigDocument } from '../model/configDocument';
import { hasTemplate } from '../parsers/templates';
import { rangeOf } from '../text/lineIndex';

export interface LinkCandidates {
	/** Every key of an option: its page in etcd's documentation. */
	readonly links: DocumentLink[];
	/** Values that name files (certificates, keys, the data directory): links only where the file exists. */
	readonly paths: { readonly path: string; readonly link: Omit<DocumentLink, 'target'> }[];
}

export function documentLinks(doc: ConfigDocument, ctx: EngineContext): LinkCandidates {
	const version = ctx.version;
	const links: DocumentLink[] = [];
	const paths: LinkCandidates['paths'] = [];
	for (const setting of doc.settings) {
		const option = setting.option;
		if (!option) continue;
		if (existsIn(option, version)) {
			links.push({ range: rangeOf(doc.lines, setting.keySpan), target: docsLink(option, version), tooltip: `etcd ${version} documentation of --${option.name}` });
		}
		if (atVersion(option.type, version) === 'path' && setting.value.startsWith('/') && !hasTemplate(setting.value)) {
			const start = setting.valueOffsets[0];
			paths.push({ path: setting.value, link: { range: rangeOf(doc.lines, { start, end: setting.valueOffsets[setting.value.length - 1] + 1 }), tooltip: setting.value } });
		}
	}
	return { links, paths };
}

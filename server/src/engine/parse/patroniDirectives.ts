import type { PatroniDocument } from '../model/patroniDocument';
import { directivesOf, type Directives } from './directives';

const cache = new WeakMap<PatroniDocument, Directives>();

/** Our comments in a Patroni file, the same words as in an etcd file; `# etcd-version:` is its members' version. */
export function patroniDirectives(doc: PatroniDocument): Directives {
	let found = cache.get(doc);
	if (!found) cache.set(doc, found = directivesOf(doc.comments, doc.lines));
	return found;
}

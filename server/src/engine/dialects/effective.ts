import type { ConfigDocument, Setting } from '../model/configDocument';
import { dialectOf } from './dialectOf';

/** The setting that takes effect for an option; see Dialect.supersedes for which one that is. */
export function effectiveSetting(doc: ConfigDocument, optionName: string): Setting | undefined {
	return effectiveSettings(doc).get(optionName);
}

/** The effective decoded value of an option, or undefined when nothing sets it. */
export function effectiveValue(doc: ConfigDocument, optionName: string): string | undefined {
	return effectiveSetting(doc, optionName)?.value;
}

// Documents never change: the effective setting of every option is worked out once per document, since every
// rule asks for several of them.
const effectiveCache = new WeakMap<ConfigDocument, ReadonlyMap<string, Setting>>();

function effectiveSettings(doc: ConfigDocument): ReadonlyMap<string, Setting> {
	let map = effectiveCache.get(doc);
	if (map) return map;
	const found = new Map<string, Setting>();
	for (const setting of doc.settings) {
		const name = setting.option?.name;
		if (name === undefined) continue;
		const current = found.get(name);
		if (!current || dialectOf(setting).supersedes(setting, current)) found.set(name, setting);
	}
	effectiveCache.set(doc, map = found);
	return map;
}

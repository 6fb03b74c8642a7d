import { inputOf } from '../dialects';
import { envDialect } from '../dialects/envDialect';
import { effectiveSetting } from '../dialects/effective';
import { doubleQuote } from '../dialects/envQuoting';
import type { ConvertMessages } from '../l10n/convert.en';
import type { ConfigDocument } from '../model/configDocument';
import { hasTemplate } from '../parsers/templates';
import type { Conversion } from './convertOutput';

/*
 * A unit's etcd settings as an env file for its EnvironmentFile=: each option etcd takes from the unit, once, with
 * the value it takes; other variables of Environment= come along, since the service's environment is theirs too.
 * What systemd fills in (specifiers, ${VAR}) would stay literal in an env file, so it is left out with a note.
 */

export function unitToEnv(doc: ConfigDocument, msg: ConvertMessages, eol: string): Conversion {
	const lines: string[] = [];
	const notes: string[] = [];
	const seen = new Set<string>();
	for (const setting of doc.settings) {
		const name = setting.option?.name;
		const key = name ?? setting.key;
		if (seen.has(key)) continue;
		seen.add(key);
		const effective = name ? effectiveSetting(doc, name) ?? setting : setting;
		if (hasTemplate(effective.value)) notes.push(msg.unitUnknown(effective.key));
		else if (name) lines.push(envDialect.written(name, effective.value));
		else if (inputOf(setting) === 'environment' && !setting.key.startsWith('ETCD_')) lines.push(`${setting.key}=${doubleQuote(setting.value)}`);
		else notes.push(msg.unknownVariable(setting.key));
	}
	return { text: lines.map(line => line + eol).join(''), notes: [msg.unitEnvironmentFile, ...notes] };
}

import { documentDialect, inputOf } from '../dialects';
import { envDialect } from '../dialects/envDialect';
import { effectiveSetting } from '../dialects/effective';
import { doubleQuote } from '../dialects/envQuoting';
import type { ConvertMessages } from '../l10n/convert.en';
import { containerIdOf, type ConfigDocument } from '../model/configDocument';
import { hasTemplate } from '../parsers/templates';
import type { Conversion } from './convertOutput';

/*
 * A launcher's etcd settings as the env file it could load instead: a unit's for its EnvironmentFile=, a container's
 * for compose's env_file: or a ConfigMap read with envFrom:. Each option etcd takes, once, with the value it takes;
 * other variables of the environment come along, since the service's environment is theirs too. What the launcher
 * fills in (specifiers, ${VAR}, $(VAR), valueFrom:) would stay literal in an env file, so it is left out with a note.
 */

export function unitToEnv(doc: ConfigDocument, msg: ConvertMessages, eol: string): Conversion {
	const { lines, notes } = envLines(doc, msg, msg.unitUnknown);
	return { text: lines.map(line => line + eol).join(''), notes: [...placement(doc, msg), ...notes] };
}

/** The containers of a compose file or a manifest: one section each, headed by its name where there are several. */
export function containersToEnv(doc: ConfigDocument, msg: ConvertMessages, eol: string): Conversion {
	const members = doc.members ?? [];
	const sections = members.map(member => {
		const { lines, notes } = envLines(member, msg, msg.containerUnknown);
		return { lines: members.length > 1 ? [`# ${containerIdOf(member.uri) ?? ''}`, ...lines] : lines, notes };
	});
	return {
		text: sections.map(section => section.lines.map(line => line + eol).join('')).join(eol),
		notes: [...placement(doc, msg), ...sections.flatMap(section => section.notes)],
	};
}

/** Where the converted env file goes, as the launcher's dialect tells. */
function placement(doc: ConfigDocument, msg: ConvertMessages): string[] {
	const note = documentDialect(doc).envFileNote;
	return note ? [msg[note]] : [];
}

function envLines(doc: ConfigDocument, msg: ConvertMessages, filledIn: (key: string) => string): { lines: string[]; notes: string[] } {
	const lines: string[] = [];
	const notes: string[] = [];
	const seen = new Set<string>();
	for (const setting of doc.settings) {
		const name = setting.option?.name;
		const key = name ?? setting.key;
		if (seen.has(key)) continue;
		seen.add(key);
		const effective = name ? effectiveSetting(doc, name) ?? setting : setting;
		if (hasTemplate(effective.value)) notes.push(filledIn(effective.key));
		else if (name) lines.push(envDialect.written(name, effective.value));
		else if (inputOf(setting) === 'environment' && !setting.key.startsWith('ETCD_')) lines.push(`${setting.key}=${doubleQuote(setting.value)}`);
		else notes.push(msg.unknownVariable(setting.key));
	}
	return { lines, notes };
}

import { lineNumber, type ConfigDocument } from '../model/configDocument';
import type { Unreadable } from '../parsers/unreadable';
import { documentInput } from '../dialects';
import type { Fix, Rule, RuleContext, Severity } from './rule';

type Words = RuleContext['msg']['unreadable-file'];

/**
 * A file systemd cannot load (a NUL byte, or a key or value that is not UTF-8 to it: parsers/unreadable.ts): with
 * `EnvironmentFile=-` it skips the file without a word and etcd starts on the unit's defaults. etcd accepts that,
 * hence a warning; but a file that describes a cluster of several members then never forms it (each member starts
 * alone under its host name), and that is an error.
 */
export const unreadableFile: Rule = {
	id: 'unreadable-file',
	severity: 'warning',
	sees: 'written',
	check(doc, ctx) {
		// Only a file etcd's environment comes from is loaded by systemd; a YAML config file is read by etcd itself.
		const unreadable = documentInput(doc) === 'environment' ? doc.env.unreadable : undefined;
		if (!unreadable) return [];
		const msg = ctx.msg['unreadable-file'];
		const line = lineNumber(doc, unreadable.span.start);
		const replacement = doc.text[unreadable.span.start] === '\uFFFD';
		const fix = fixFor(doc, unreadable, msg, replacement);
		return [{
			span: unreadable.span,
			message: unreadable.cause === 'nul' ? msg.nul(line) : msg.utf8(line, unreadable.key ?? '', replacement),
			fixes: fix ? [fix] : undefined,
			severity: severityFor(doc),
		}];
	},
};

/** Every NUL byte goes; a noncharacter goes; for bytes that are no UTF-8 only the author knows what was meant. */
function fixFor(doc: ConfigDocument, unreadable: Unreadable, msg: Words, replacement: boolean): Fix | undefined {
	if (unreadable.cause === 'nul') {
		const changes = [...doc.text.matchAll(/\0/g)].map(match => ({ span: { start: match.index, end: match.index + 1 }, newText: '' }));
		return { title: msg.removeNul, preferred: true, changes };
	}
	return replacement ? undefined : { title: msg.removeCharacter, preferred: true, changes: [{ span: unreadable.span, newText: '' }] };
}

function severityFor(doc: ConfigDocument): Severity {
	const several = doc.settings.some(setting => (setting.option?.name === 'initial-cluster' && setting.value.includes(','))
		|| setting.option?.name === 'discovery' || setting.option?.name === 'discovery-srv');
	return several ? 'error' : 'warning';
}

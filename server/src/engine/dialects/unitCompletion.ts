import { hasFlag } from '../etcd/availability';
import { allOptions, atVersion, optionByEnv, optionByName, type EtcdOption, type EtcdVersion } from '../etcd/options';
import { targetOf, type Target } from '../etcd/versions';
import type { ConfigDocument } from '../model/configDocument';
import { parseUnit, type UnitDirective } from '../parsers/systemdUnit';
import { programOf, runsEtcd, unitWords } from '../parsers/unitCommand';
import type { CompletionSite, KeyChoice } from './dialect';

/*
 * Completion in a unit: a flag being typed in the etcd ExecStart= (`--heart`), its value after `=`, or an `ETCD_*`
 * variable being typed in Environment= and its value.
 */

export function unitCompletionSite(doc: ConfigDocument, offset: number, at: EtcdVersion | Target): CompletionSite | undefined {
	const directive = parseUnit(doc.text).find(d => d.section === 'Service' && d.keySpan.end < offset && offset <= d.span.end);
	if (!directive) return undefined;
	// The word being typed: from the last blank before the cursor.
	let start = offset;
	while (start > directive.keySpan.end + 1 && !/[\s"']/.test(doc.text[start - 1])) start--;
	const typed = doc.text.slice(start, offset);
	if (directive.key === 'ExecStart' && runsEtcd(programOf(unitWords({ text: directive.value, offsets: directive.offsets }))) && isAfterProgram(directive, start)) {
		return site(doc, typed, start, offset, at, /^(--?)([a-z0-9-]*)(?:=(.*))?$/, name => optionByName(name), flagChoices);
	}
	if (directive.key === 'Environment') return site(doc, typed, start, offset, at, /^()([A-Z0-9_]*)(?:=(.*))?$/, optionByEnv, variableChoices);
	return undefined;
}

function isAfterProgram(directive: UnitDirective, start: number): boolean {
	const program = unitWords({ text: directive.value, offsets: directive.offsets })[0];
	return program !== undefined && start >= program.offsets[program.offsets.length - 1];
}

type Choices = (doc: ConfigDocument, target: Target) => KeyChoice[];

function site(doc: ConfigDocument, typed: string, start: number, offset: number, at: EtcdVersion | Target, shape: RegExp, optionOf: (name: string) => EtcdOption | undefined, choices: Choices): CompletionSite | undefined {
	const match = shape.exec(typed);
	if (!match) return undefined;
	if (match[3] === undefined) return { kind: 'key', span: { start, end: offset }, keys: choices(doc, targetOf(at)) };
	const option = optionOf(match[2]);
	if (!option) return undefined;
	const value = match[3];
	const pieceStart = atVersion(option.type, targetOf(at).minor) === 'url-list' ? value.lastIndexOf(',') + 1 : 0;
	return { kind: 'value', span: { start: offset - value.length + pieceStart, end: offset }, option };
}

const offered = (doc: ConfigDocument, target: Target) => {
	const set = new Set(doc.settings.map(s => s.option?.name));
	return allOptions().filter(option => hasFlag(option, target) && !set.has(option.name) && option.name !== 'config-file' && option.name !== 'version');
};

function flagChoices(doc: ConfigDocument, target: Target): KeyChoice[] {
	return offered(doc, target).map(option => ({ label: `--${option.name}`, option, insert: `--${option.name}=$1`, snippet: true }));
}

function variableChoices(doc: ConfigDocument, target: Target): KeyChoice[] {
	return offered(doc, target).map(option => ({ label: option.env, option, insert: `${option.env}=$1`, snippet: true }));
}

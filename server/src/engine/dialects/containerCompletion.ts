import { hasFlag } from '../etcd/availability';
import { allOptions, atVersion, optionByEnv, optionByName, type EtcdOption, type EtcdVersion } from '../etcd/options';
import { targetOf, type Target } from '../etcd/versions';
import type { ConfigDocument } from '../model/configDocument';
import { lineStartOf } from '../text/lineScan';
import type { CompletionSite, KeyChoice } from './dialect';

/*
 * Completion inside an etcd container: a flag being typed as a list item or a word of `command:` (`--heart`), its
 * value after `=`, an `ETCD_*` variable being typed in `env:` or `environment:`, and a compose map entry's value.
 */

export function containerCompletionSite(doc: ConfigDocument, offset: number, at: EtcdVersion | Target): CompletionSite | undefined {
	if (doc.span && (offset < doc.span.start || offset > doc.span.end + 1)) return undefined;
	const before = doc.text.slice(lineStartOf(doc.text, offset), offset);
	const target = targetOf(at);
	const flag = /(?:^[ \t]*-[ \t]+["']?|[ \t,["'])(--?)([a-z0-9-]*)(?:=([^\s"']*))?$/.exec(before);
	if (flag) {
		if (flag[3] === undefined) return { kind: 'key', span: { start: offset - flag[1].length - flag[2].length, end: offset }, keys: choices(doc, target, o => `--${o.name}`, o => `--${o.name}=$1`) };
		return valueSite(optionByName(flag[2]), flag[3], offset, target);
	}
	// The variable being typed starts an entry (`ETCD_…`, `- ETCD_…`) or follows `name:`; found without backtracking.
	const name = before.lastIndexOf('ETCD_');
	const lead = name < 0 ? undefined : before.slice(0, name).replace(/["']$/, '').trim();
	if (lead === undefined || !(lead === '' || lead === '-' || lead.endsWith('name:'))) return undefined;
	const variable = /^(ETCD_[A-Z0-9_]*)(?:[=:][ \t]*["']?([^\s"']*))?$/.exec(before.slice(name));
	if (!variable) return undefined;
	if (variable[2] === undefined) return { kind: 'key', span: { start: offset - variable[1].length, end: offset }, keys: choices(doc, target, o => o.env, o => o.env) };
	return valueSite(optionByEnv(variable[1]), variable[2], offset, target);
}

function valueSite(option: EtcdOption | undefined, value: string, offset: number, target: Target): CompletionSite | undefined {
	if (!option) return undefined;
	const pieceStart = atVersion(option.type, target.minor) === 'url-list' ? value.lastIndexOf(',') + 1 : 0;
	return { kind: 'value', span: { start: offset - value.length + pieceStart, end: offset }, option };
}

function choices(doc: ConfigDocument, target: Target, label: (option: EtcdOption) => string, insert: (option: EtcdOption) => string): KeyChoice[] {
	const set = new Set(doc.settings.map(s => s.option?.name));
	return allOptions()
		.filter(option => hasFlag(option, target) && !set.has(option.name) && option.name !== 'config-file' && option.name !== 'version')
		.map(option => ({ label: label(option), option, insert: insert(option), snippet: insert(option).includes('$1') }));
}

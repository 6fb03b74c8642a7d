import { inputOf } from '../dialects';
import { isSet, memberView } from '../cluster/membership';
import { specialVariables } from '../etcd/options';
import { hasFlag, yamlKeyAt } from '../etcd/availability';
import type { Target } from '../etcd/versions';
import type { ConvertMessages } from '../l10n/convert.en';
import { type ConfigDocument, type Setting } from '../model/configDocument';
import { effectiveSetting } from '../dialects/effective';
import { hasTemplate } from '../parsers/templates';
import { createCollector, tidyLines, type Collector, type Conversion, type Item } from './convertOutput';
import { trimEndOf } from '../text/trailing';
import { doubleQuote } from '../dialects/envQuoting';
import { yamlString, yamlValueOf } from '../dialects/yamlValues';

/** Where Debian's unit keeps the data when the env file does not say. */
const debianDataDir = '/var/lib/etcd/default';

/** An env file as an etcd YAML config file with the same effective settings, plus notes on what could not move. */
export function envToYaml(doc: ConfigDocument, version: Target, msg: ConvertMessages, eol: string): Conversion {
	const out = createCollector(msg.notConverted);
	const byStart = new Map(doc.settings.filter(s => inputOf(s) === 'environment').map(s => [s.statementSpan.start, s]));
	const daemonArgs = doc.settings.filter(s => s.key === 'DAEMON_ARGS').pop();
	const empty: string[] = [];
	for (const node of doc.env.nodes) {
		if (node.kind === 'blank') out.blank();
		else if (node.kind === 'comment') {
			out.comment('#' + trimEndOf(node.text, ' \t'));
			// Lines systemd 252 reads as part of the comment (it ends in a backslash) set nothing: like a dropped line.
			if (node.swallowed) out.notConverted(doc.text.slice(node.swallowed.start, node.swallowed.end), msg.droppedLine);
		}
		else {
			const setting = byStart.get(node.span.start);
			if (!setting) out.notConverted(doc.text.slice(node.span.start, node.span.end), msg.droppedLine);
			else if (setting === daemonArgs) convertFlags(doc, version, msg, out);
			else if (setting.key !== 'DAEMON_ARGS') convertSetting(doc, setting, version, msg, out, empty);
		}
	}
	if (empty.length > 0) out.note(msg.emptyVariables(empty.join(', ')));
	const collected = out.done();
	// What the launcher supplied comes last, after the file's own closing comments.
	const lines = [...renderTree(collected.items, ''), ...collected.trailer, ...renderTree(modeItems(doc, msg, out), '')];
	return { text: tidyLines(lines).map(line => line + eol).join(''), notes: collected.notes };
}

function convertSetting(doc: ConfigDocument, setting: Setting, version: Target, msg: ConvertMessages, out: Collector, empty: string[]): void {
	const option = setting.option;
	// What a template decides is kept as the source writes it: the parsed value only marks it.
	const written = `${setting.key}=${hasTemplate(setting.value) ? doc.text.slice(setting.valueSpan.start, setting.valueSpan.end) : doubleQuote(setting.value)}`;
	if (!option) {
		const other = !setting.key.startsWith('ETCD_') || specialVariables.includes(setting.key);
		out.notConverted(written, other ? msg.otherVariable(setting.key) : msg.unknownVariable(setting.key));
	} else if (effectiveSetting(doc, option.name) !== setting) {
		out.note(inputOf(setting) === 'command-line' ? msg.flagAndVariable(setting.key, option.env) : msg.duplicate(setting.key));
	} else if (setting.value === '' && inputOf(setting) === 'environment') {
		empty.push(setting.key);
	} else {
		convertValue(setting, version, msg, out, written);
	}
}

function convertValue(setting: Setting, version: Target, msg: ConvertMessages, out: Collector, written: string): void {
	const option = setting.option!;
	const key = yamlKeyAt(option, version);
	if (option.name === 'config-file') out.notConverted(written, msg.configFile(setting.key));
	else if (hasTemplate(setting.value)) out.notConverted(written, msg.template(setting.key));
	// A variable the release does not read sets nothing, and its YAML key would set nothing either.
	else if (!hasFlag(option, version)) out.notConverted(written, msg.notInRelease(setting.key, version.label));
	else if (key === null) out.notConverted(written, msg.noYamlKey(setting.key, version.label));
	else out.item(key, yamlValueOf(option.yamlValue, setting.value));
}

/** The flags of the DAEMON_ARGS line that reaches etcd: each one is an option like a variable. */
function convertFlags(doc: ConfigDocument, version: Target, msg: ConvertMessages, out: Collector): void {
	for (const problem of doc.argumentProblems) {
		if (problem.kind === 'stray') out.notConverted(`DAEMON_ARGS: ${problem.text}`, msg.strayArgument(problem.text));
	}
	const flags = doc.settings.filter(s => inputOf(s) === 'command-line');
	for (const flag of flags) convertSetting(doc, flag, version, msg, out, []);
	if (flags.some(flag => flag.option && effectiveSetting(doc, flag.option.name) === flag)) out.note(msg.daemonArgs);
}

/**
 * Settings the env file leaves to its launcher that a config file must say itself: Debian's unit passes
 * ETCD_NAME (the host name) and ETCD_DATA_DIR, and etcd ignores both once it reads a config file.
 */
function modeItems(doc: ConfigDocument, msg: ConvertMessages, out: Collector): Item[] {
	const items: Item[] = [];
	if (isSet(doc, 'listen-client-urls') && !isSet(doc, 'advertise-client-urls')) out.note(msg.advertiseMissing);
	if (doc.launcher !== 'debian-unit') return items;
	if (!isSet(doc, 'name')) {
		const name = memberView(doc).implied;
		if (name) items.push({ comments: [], key: 'name', value: yamlString(name) });
		out.note(name ? msg.nameFromCluster(name) : msg.nameFromHost);
	}
	if (!isSet(doc, 'data-dir')) {
		items.push({ comments: [], key: 'data-dir', value: debianDataDir });
		out.note(msg.dataDirFromUnit);
	}
	if (items.length > 0) items[0] = { ...items[0], comments: ['', `# ${msg.addedComment}`] };
	return items;
}


interface Branch {
	readonly key: string;
	readonly comments: readonly string[];
	readonly value?: string;
	readonly children: Branch[];
}

/**
 * Dotted keys become nested mappings (`client-transport-security:` with `cert-file:` under it), each mapping
 * where its first key stood. The comments of that first key go above the mapping.
 */
function renderTree(items: readonly Item[], indent: string): string[] {
	const root: Branch[] = [];
	for (const item of items) {
		let level = root;
		const parts = item.key.split('.');
		let comments = item.comments;
		for (const part of parts.slice(0, -1)) {
			let section = level.find(branch => branch.key === part && branch.value === undefined);
			if (!section) level.push(section = { key: part, comments, children: [] });
			if (section.comments === comments) comments = [];
			level = section.children;
		}
		level.push({ key: parts[parts.length - 1], comments, value: item.value, children: [] });
	}
	return renderBranches(root, indent);
}

function renderBranches(branches: readonly Branch[], indent: string): string[] {
	return branches.flatMap(branch => [
		...branch.comments.map(line => line === '' ? '' : indent + line),
		branch.value === undefined ? `${indent}${branch.key}:` : `${indent}${branch.key}: ${branch.value}`,
		...renderBranches(branch.children, indent + '  '),
	]);
}

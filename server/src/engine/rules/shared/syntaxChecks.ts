import { optionByEnv, optionByName, specialVariables } from '../../etcd/options';
import type { TextChange } from '../rule';
import { parseEnvFile } from '../../parsers/envFile';
import { applyChanges } from '../../text/lineEdits';

/*
 * Helpers of the syntax rules (invalid-line, invalid-key, shell-difference, duplicate-key, empty-value).
 */

/** What systemd makes of a text: every assignment it keeps, with its value, in file order. */
function systemdView(text: string): string {
	return parseEnvFile(text).nodes
		.flatMap(node => node.kind === 'assignment' && node.validName ? [`${node.name}=${node.value}`] : [])
		.join('\0');
}

/** Whether systemd reads exactly the same variables and values after the changes: such a fix is safe. */
export function readsTheSame(text: string, changes: readonly TextChange[]): boolean {
	return systemdView(text) === systemdView(applyChanges(text, changes));
}

/**
 * The variable a misspelt name stands for: `ETCD-NAME`, `etcd_name`, `ETCD NAME` give `ETCD_NAME`, a flag
 * (`--data-dir`) or YAML key (`data-dir`) gives its ETCD_ variable, `daemon-args` gives Debian's `DAEMON_ARGS`.
 */
export function intendedVariable(word: string): string | undefined {
	const byName = optionByName(word.replace(/^--?/, '').toLowerCase().replace(/_/g, '-'));
	if (byName && (word.startsWith('-') || /^[a-z][a-z0-9-]*$/.test(word))) return byName.env;
	const normalized = word.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '');
	if (optionByEnv(normalized) || specialVariables.includes(normalized) || normalized === 'DAEMON_ARGS') return normalized;
	return undefined;
}


/** A value for a message: quoted, shortened when long, control characters shown. */
export function shown(value: string): string {
	const short = value.length > 80 ? value.slice(0, 77) + '…' : value;
	return `'${short.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}'`;
}

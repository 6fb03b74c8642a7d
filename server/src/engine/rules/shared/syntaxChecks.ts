import { optionByEnv, optionByName, specialVariables } from '../../etcd/options';

/*
 * Helpers of the syntax rules (invalid-line, invalid-key, shell-difference, duplicate-key, empty-value).
 */

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

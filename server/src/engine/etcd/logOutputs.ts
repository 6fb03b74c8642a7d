import type { YamlValue } from '../parsers/yamlFile';

/*
 * etcd's log outputs as its logging setup reads them (embed/config_logging.go): which list it holds, and what the
 * zap logger's sink parser (zap's sink.go, pinned per release) makes of an entry that is neither a stream nor the
 * journal. Pure facts, codes for the rules to word.
 */

export const streamOutputs: readonly string[] = ['default', 'stderr', 'stdout'];
export const journalOutput = 'systemd/journal';

/**
 * The list etcd holds for a log-outputs (or 3.4 log-output) setting: a flag or variable's comma list without
 * repeats, sorted (pkg/flags UniqueStringsValue); a YAML list as written; the default where nothing is set.
 */
export function outputsOf(setting: { readonly value: string; readonly yaml?: YamlValue } | undefined): readonly string[] {
	if (!setting) return ['default'];
	if (setting.yaml) return setting.yaml.kind === 'list' ? setting.yaml.items.map(item => item.text) : [];
	return [...new Set(setting.value.split(','))].sort();
}

/** Why zap refuses a file entry whatever the file system holds; undefined where it would open the path. */
export type SinkProblem = 'scheme' | 'query' | 'fragment' | 'user' | 'port' | 'host' | 'escape' | 'empty';

/** A file entry as zap's sink registry reads it: a URL whose scheme, when there is one, must be `file`. */
export function sinkProblem(entry: string): SinkProblem | undefined {
	if (entry === '') return 'empty';
	if (/%(?![0-9A-Fa-f]{2})/.test(entry)) return 'escape';
	const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(entry);
	if (scheme && scheme[1].toLowerCase() !== 'file') return 'scheme';
	if (entry.includes('#')) return 'fragment';
	if (entry.includes('?')) return 'query';
	const authority = /^(?:[A-Za-z][A-Za-z0-9+.-]*:)?\/\/([^/?#]*)/.exec(entry)?.[1];
	if (authority === undefined) return undefined;
	if (authority.includes('@')) return 'user';
	const [host, port] = splitAuthority(authority);
	if (port !== undefined && port !== '') return 'port';
	return host === '' || host === 'localhost' ? undefined : 'host';
}

function splitAuthority(authority: string): [string, string | undefined] {
	const bracket = /^\[([^\]]*)\](?::(.*))?$/.exec(authority);
	if (bracket) return [bracket[1], bracket[2]];
	const colon = authority.lastIndexOf(':');
	return colon < 0 ? [authority, undefined] : [authority.slice(0, colon), authority.slice(colon + 1)];
}

/** capnslog's package-level list (3.4): `pkg=LEVEL` pairs, levels in its own names or their initials, any case. */
export function packageLevelsParse(value: string): boolean {
	const levels = ['CRITICAL', 'ERROR', 'WARNING', 'NOTICE', 'INFO', 'DEBUG', 'TRACE', 'C', 'E', 'W', 'N', 'I', 'D', 'T'];
	return value.split(',').every(piece => {
		const pair = piece.split('=');
		return pair.length === 2 && levels.includes(pair[1].toUpperCase());
	});
}

/** What log-rotation-config-json must hold: a JSON object (or null) with lumberjack's fields of the right types. */
export function rotationConfigProblem(json: string): 'syntax' | 'type' | undefined {
	let parsed: unknown;
	try {
		parsed = JSON.parse(json);
	} catch {
		return 'syntax';
	}
	if (parsed === null) return undefined;
	if (typeof parsed !== 'object' || Array.isArray(parsed)) return 'type';
	const kinds: Readonly<Record<string, (value: unknown) => boolean>> = {
		filename: value => typeof value === 'string',
		maxsize: Number.isInteger, maxage: Number.isInteger, maxbackups: Number.isInteger,
		localtime: value => typeof value === 'boolean', compress: value => typeof value === 'boolean',
	};
	// Go's encoding/json matches field names in any letter case and leaves unknown ones alone; null fits any field.
	const wrong = Object.entries(parsed as Record<string, unknown>).some(([name, value]) => value !== null && kinds[name.toLowerCase()]?.(value) === false);
	return wrong ? 'type' : undefined;
}

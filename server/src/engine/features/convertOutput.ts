import { parse } from 'yaml';
import { parseGoBool, parseGoDuration, parseGoInt } from '../etcd/values';
import type { EtcdOption } from '../etcd/options';
import { yamlString } from '../etcd/yamlChecks';
import { trimEndOf } from '../trailing';

/** A converted file and what the user should know about it (what was left out, and why). */
export interface Conversion {
	readonly text: string;
	readonly notes: readonly string[];
}

/** One setting of the target file, with the comment lines (`''` for a blank line) that stood above it. */
export interface Item {
	readonly comments: readonly string[];
	/** A dotted YAML path or an env variable name. */
	readonly key: string;
	/** Already written in the target format. */
	readonly value: string;
}

export interface Collected {
	readonly items: Item[];
	/** Comment lines after the last setting. */
	readonly trailer: readonly string[];
	readonly notes: readonly string[];
}

/** Gathers the target file in source order: comment lines wait for the next setting and travel with it. */
export function createCollector(notConvertedMarker: string) {
	const pending: string[] = [];
	const items: Item[] = [];
	const notes: string[] = [];
	return {
		comment(line: string): void { pending.push(line); },
		blank(): void { pending.push(''); },
		item(key: string, value: string): void { items.push({ comments: pending.splice(0), key, value }); },
		note(text: string): void { if (!notes.includes(text)) notes.push(text); },
		/** Keeps a source line the target cannot hold as a comment, so nothing disappears without a trace. */
		notConverted(line: string, note: string): void {
			pending.push(`# ${notConvertedMarker} ${oneLine(line)}`);
			if (!notes.includes(note)) notes.push(note);
		},
		done(): Collected { return { items, trailer: pending.splice(0), notes }; },
	};
}

export type Collector = ReturnType<typeof createCollector>;

/** A multi-line source text squeezed onto one comment line. */
function oneLine(text: string): string {
	return trimEndOf(text.replace(/^\uFEFF/, '').replace(/\\?\r?\n|\r/g, ' '), ' \t');
}

/** Runs of blank lines become one, and none opens or closes the file. */
export function tidyLines(lines: readonly string[]): string[] {
	const kept = lines.filter((line, index) => line !== '' || (index > 0 && lines[index - 1] !== ''));
	while (kept[0] === '') kept.shift();
	while (kept[kept.length - 1] === '') kept.pop();
	return kept;
}

/** A string as a YAML scalar that YAML 1.1 reads back as the same string (so `no`, `0123`, `on`, `.inf` get quotes). */
export function yamlStringOf(value: string): string {
	const written = yamlString(value);
	if (written.startsWith('"')) return written;
	try {
		return parse(written, { version: '1.1' }) === value ? written : JSON.stringify(value);
	} catch {
		return JSON.stringify(value);
	}
}

/**
 * An env or flag value as the YAML scalar etcd's config file wants for the option: durations in integer
 * nanoseconds, integers in decimal, booleans as YAML booleans, string lists as YAML lists. A value etcd would
 * refuse from a variable stays a quoted string, so the config file is refused as well rather than read otherwise.
 */
export function yamlValueOf(option: EtcdOption, value: string): string {
	switch (option.yamlValue) {
		case 'bool': {
			const parsed = parseGoBool(value);
			return parsed.ok ? String(parsed.value) : JSON.stringify(value);
		}
		case 'integer': {
			const parsed = parseGoInt(value, true);
			return parsed.ok ? parsed.value.toString() : JSON.stringify(value);
		}
		case 'duration': {
			const parsed = parseGoDuration(value);
			return parsed.ok ? BigInt(Math.round(parsed.value)).toString() : JSON.stringify(value);
		}
		// etcd splits these lists at commas without trimming, so ` b` stays ` b` (and is quoted).
		case 'list': return `[${value.split(',').map(yamlStringOf).join(', ')}]`;
		default: return yamlStringOf(value);
	}
}

import { trimEndOf } from '../text/trailing';

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

import type { Span } from '../text/lineIndex';

/*
 * Template expressions decide a value only when the file is rendered (Ansible/Jinja `{{ … }}`, `{% … %}`,
 * envsubst `${VAR}`, systemd specifiers such as `%H`). Checks skip what such an expression decides.
 */
const templateExpression = /\{\{|\{%|\{#|\$\{|%[a-zA-Z%]/;

export function hasTemplate(text: string): boolean {
	return templateExpression.test(text);
}

/** Template expressions (`{{ … }}`, `{% … %}`, `{# … #}`, `${…}`, `%H`): a renderer decides what they become. */
export function templateSpans(text: string, within: Span): Span[] {
	const spans: Span[] = [];
	// Per opener, the offset up to which no closer is left on the line: a run of `{{` without `}}` is searched once,
	// not once per opener (the regex /\{\{.*?\}\}|…/ did that, quadratic in the run's length).
	const hopeless = new Map<string, number>();
	for (let i = within.start; i < within.end;) {
		const end = templateAt(text, i, within.end, hopeless);
		if (end === undefined) {
			i++;
		} else {
			spans.push({ start: i, end });
			i = end;
		}
	}
	return spans;
}

const templateKinds = [
	{ open: '{{', close: '}}', breaks: '\n\r\u2028\u2029' },
	{ open: '{%', close: '%}', breaks: '\n\r\u2028\u2029' },
	{ open: '{#', close: '#}', breaks: '\n\r\u2028\u2029' },
	{ open: '${', close: '}', breaks: '\n\r' },
];

/** The end of the template expression that starts at `i`, if one does (`{{ … }}` on one line, `%H`, …). */
function templateAt(text: string, i: number, limit: number, hopeless: Map<string, number>): number | undefined {
	if (text[i] === '%' && i + 1 < limit && /[a-zA-Z%]/.test(text[i + 1])) return i + 2;
	const kind = templateKinds.find(k => text.startsWith(k.open, i) && i + k.open.length <= limit);
	if (!kind || i < (hopeless.get(kind.open) ?? -1)) return undefined;
	// One walk to the first closer or line break, whichever comes first.
	for (let j = i + kind.open.length; j < limit; j++) {
		if (text.startsWith(kind.close, j) && j + kind.close.length <= limit) return j + kind.close.length;
		if (kind.breaks.includes(text[j])) {
			hopeless.set(kind.open, j);
			return undefined;
		}
	}
	hopeless.set(kind.open, limit);
	return undefined;
}

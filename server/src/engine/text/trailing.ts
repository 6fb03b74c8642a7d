/*
 * Loops instead of regular expressions such as /[ \t]+$/ or /\\+$/: a backtracking engine retries such a pattern
 * from every character of a long run that is not at the end, which is quadratic in the run's length.
 */

/** How many characters at the end of `text` are among `chars`. */
export function trailingRun(text: string, chars: string): number {
	let end = text.length;
	while (end > 0 && chars.includes(text[end - 1])) end--;
	return text.length - end;
}

/** `text` without its trailing characters from `chars`. */
export function trimEndOf(text: string, chars: string): string {
	return text.slice(0, text.length - trailingRun(text, chars));
}

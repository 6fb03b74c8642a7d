/*
 * How systemd's EnvironmentFile= reads quotes: what a new value must look like to be read back unchanged.
 */

/** Characters a double-quoted value escapes with a backslash (systemd and a shell agree on these four). */
export function doubleQuote(value: string): string {
	return `"${value.replace(/["\\`$]/g, c => '\\' + c)}"`;
}

/** Written bare where systemd reads it back unchanged; in the given quotes otherwise. */
export function bareOrQuoted(value: string, quote: '"' | '\''): string {
	if (value !== '' && /^[A-Za-z0-9_.,:/=@%+\-[\]]+$/.test(value)) return value;
	return quote === '"' ? doubleQuote(value) : `'${value.replace(/'/g, '\'\\\'\'')}'`;
}

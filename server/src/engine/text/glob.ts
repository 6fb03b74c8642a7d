/**
 * A glob as VS Code settings write them (`**` any folders, `*` and `?` within a name, `{a,b}` either, `[0-9]` or
 * `[!.]` one character of a set or not),
 * matched against a `/`-separated path relative to the workspace folder. Globs without a `/` match a name
 * in any folder, as `files.exclude` does.
 */
export function globToRegExp(glob: string): RegExp {
	const pattern = glob.includes('/') ? glob.replace(/^\.?\//, '') : `**/${glob}`;
	let source = '';
	let braces = 0;
	for (let i = 0; i < pattern.length; i++) {
		const c = pattern[i];
		if (c === '*' && pattern[i + 1] === '*') {
			const slash = pattern[i + 2] === '/';
			source += slash ? '(?:[^/]*/)*' : '.*';
			i += slash ? 2 : 1;
		} else if (c === '*') source += '[^/]*';
		else if (c === '?') source += '[^/]';
		else if (c === '{') {
			braces++;
			source += '(?:';
		} else if (c === '}' && braces > 0) {
			braces--;
			source += ')';
		} else if (c === ',' && braces > 0) source += '|';
		else if (c === '[' && pattern.indexOf(']', i + 2) > i) {
			const close = pattern.indexOf(']', i + 2);
			source += characterSet(pattern.slice(i + 1, close));
			i = close;
		} else source += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
	}
	return new RegExp(`^${source}(?:/.*)?$`);
}

export function matchesAny(path: string, globs: readonly RegExp[]): boolean {
	return globs.some(glob => glob.test(path));
}

/** `0-9` or `!._` inside brackets: one character of the set, or (with `!`) one that is neither in it nor a `/`. */
function characterSet(set: string): string {
	const negated = set.startsWith('!');
	const members = (negated ? set.slice(1) : set).replace(/[\\\]^[]/g, match => `\\${match}`);
	return negated ? `[^/${members}]` : `[${members}]`;
}

/** `a, b or c`: a choice among several, with the word for "or" said once, before the last one. */
export function alternatives(items: readonly string[], or: string): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')}${or}${items[items.length - 1]}`;
}

/** Optimal string alignment distance: a swapped pair of letters (`NAEM`) counts as one edit. */
export function editDistance(a: string, b: string): number {
	const rows: number[][] = [];
	for (let i = 0; i <= a.length; i++) {
		rows.push([i]);
		for (let j = 1; j <= b.length; j++) {
			if (i === 0) {
				rows[i].push(j);
				continue;
			}
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2][j - 2] + 1);
			rows[i].push(best);
		}
	}
	return rows[a.length][b.length];
}

/** The closest candidates, best first: within a third of the word's length, at most `limit` of them. */
export function closest(word: string, candidates: Iterable<string>, limit = 3): string[] {
	const upper = word.toUpperCase();
	const threshold = Math.max(2, Math.floor(word.length / 3));
	const scored: { candidate: string; distance: number }[] = [];
	if (word.length > 100) return [];
	for (const candidate of candidates) {
		if (Math.abs(candidate.length - word.length) > threshold) continue;
		const distance = editDistance(upper, candidate.toUpperCase());
		if (distance <= threshold) scored.push({ candidate, distance });
	}
	scored.sort((x, y) => x.distance - y.distance || x.candidate.localeCompare(y.candidate));
	return scored.slice(0, limit).map(entry => entry.candidate);
}

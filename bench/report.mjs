// The benchmark's table: each figure with the peer's where there is one, the ratio ours/peer, and the targets of
// issue 9 marked pass or FAIL. A ratio of 0.33 or less is "3× better than the peer".
const us = value => `${value.toFixed(1)} µs`;
const ms = value => `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ms`;
const mb = value => `${value.toFixed(1)} MB`;

/** `row(name, ours, { peer, format, limit, limitText })`: a limit is an upper bound on ours. */
export function row(name, ours, { peer, format = ms, limit, limitText } = {}) {
	const ratio = peer === undefined ? undefined : ours / peer;
	const checks = [];
	if (limit !== undefined) checks.push(`${ours < limit ? 'pass' : 'FAIL'} < ${limitText ?? format(limit)}`);
	if (ratio !== undefined) checks.push(`${ratio <= 1 / 3 ? 'pass' : 'FAIL'} ≥ 3× peer`);
	return { name, ours: format(ours), peer: peer === undefined ? '' : format(peer), ratio: ratio === undefined ? '' : ratio.toFixed(2), target: checks.join(', '),
		failed: checks.some(check => check.startsWith('FAIL')) };
}

export const formats = { us, ms, mb };

export function printTable(title, rows) {
	const columns = [['name', 'figure'], ['ours', 'ours'], ['peer', 'peer'], ['ratio', 'ours/peer'], ['target', 'target']];
	const width = key => Math.max(...[columns.find(c => c[0] === key)[1], ...rows.map(r => r[key])].map(s => s.length));
	const line = cells => columns.map(([key], i) => i === 0 || i === 4 ? cells[key].padEnd(width(key)) : cells[key].padStart(width(key))).join('  ');
	console.log(`\n${title}`);
	console.log(line(Object.fromEntries(columns)));
	for (const r of rows) console.log(line(r));
}

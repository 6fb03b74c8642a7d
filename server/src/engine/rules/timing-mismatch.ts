import { atVersion, optionByName } from '../etcd/options';
import { type ConfigDocument } from '../model/configDocument';
import { effectiveSetting } from '../dialects/effective';
import type { Problem, Rule } from './rule';
import { parseGoInt } from '../parsers/goValues';

/** Members should agree on heartbeat and election timing; a mismatch makes elections erratic. */
export const timingMismatch: Rule = {
	id: 'timing-mismatch',
	severity: 'warning',
	check(doc, ctx) {
		const problems: Problem[] = [];
		for (const name of ['heartbeat-interval', 'election-timeout']) {
			// Milliseconds as etcd reads them; a value etcd cannot read is another rule's finding, not a mismatch.
			const value = (d: ConfigDocument) => {
				const parsed = parseGoInt(effectiveSetting(d, name)?.value || atVersion(optionByName(name)!.defaultValue, ctx.version) || '', false);
				return parsed.ok ? parsed.value : undefined;
			};
			const own = effectiveSetting(doc, name);
			const mine = value(doc);
			if (!own || mine === undefined) continue;
			const differing = ctx.siblings.filter(sibling => value(sibling) !== undefined && value(sibling) !== mine);
			if (differing.length === 0) continue;
			const theirs = [...new Set(differing.map(d => `${value(d)}`))];
			problems.push({
				span: own.valueSpan,
				message: ctx.msg['timing-mismatch'].message(own.key, `${mine}`, theirs.join(ctx.msg['timing-mismatch'].or), differing.length),
				related: differing.map(d => {
					const setting = effectiveSetting(d, name);
					return { doc: d, span: setting?.valueSpan ?? { start: 0, end: 0 }, message: ctx.msg['timing-mismatch'].related(`${value(d)}`, !setting) };
				}),
			});
		}
		return problems;
	},
};

import { optionByName, atVersion } from '../etcd/options';
import { effectiveSetting, type ConfigDocument } from '../model';
import type { Problem, Rule } from './rule';

/** I8: members should agree on heartbeat and election timing; a mismatch makes elections erratic. */
export const timingMismatch: Rule = {
	id: 'timing-mismatch',
	severity: 'warning',
	check(doc, ctx) {
		const problems: Problem[] = [];
		for (const name of ['heartbeat-interval', 'election-timeout']) {
			const value = (d: ConfigDocument) => effectiveSetting(d, name)?.value || atVersion(optionByName(name)!.defaultValue, ctx.version);
			const own = effectiveSetting(doc, name);
			const differing = ctx.siblings.filter(sibling => value(sibling) !== value(doc));
			if (!own || differing.length === 0) continue;
			problems.push({
				span: own.valueSpan,
				message: `${own.key} is ${value(doc)} here but ${differing.map(d => value(d)).join(', ')} on other members: give every member the same value.`,
				related: differing.map(d => ({ doc: d, span: effectiveSetting(d, name)?.valueSpan ?? { start: 0, end: 0 }, message: `${value(d)} there` })),
			});
		}
		return problems;
	},
};

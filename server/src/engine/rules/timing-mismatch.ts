import { atVersion, optionByName, type EtcdVersion } from '../etcd/options';
import { type ConfigDocument } from '../model/configDocument';
import { effectiveSetting } from '../dialects/effective';
import { perCluster } from '../cluster/perCluster';
import { maxRelated, someRelated } from './related';
import type { Problem, Rule } from './rule';
import { parseGoInt } from '../parsers/goValues';
import { alternatives } from '../text/alternatives';

/** A member's value of one timing option, in milliseconds as etcd reads it. */
interface Timing {
	readonly doc: ConfigDocument;
	readonly value: bigint;
}

/** Members should agree on heartbeat and election timing; a mismatch makes elections erratic. */
export const timingMismatch: Rule = {
	id: 'timing-mismatch',
	severity: 'warning',
	check(doc, ctx) {
		const problems: Problem[] = [];
		for (const name of ['heartbeat-interval', 'election-timeout']) {
			const own = effectiveSetting(doc, name);
			const mine = timingOf(doc, name, ctx.version);
			if (!own || mine === undefined) continue;
			// Every member's value, read once per cluster; a value etcd cannot read is another rule's finding.
			const all = perCluster(doc, ctx.siblings, `timing ${name} ${ctx.version}`, members => members.flatMap(d => {
				const value = timingOf(d, name, ctx.version);
				return value === undefined ? [] : [{ doc: d, value }];
			}));
			const differing: Timing[] = [];
			const values = new Set<string>();
			let total = 0;
			for (const timing of all) {
				if (timing.value === mine) continue;
				if (total++ < maxRelated) differing.push(timing);
				if (values.size <= 4) values.add(`${timing.value}`);
			}
			if (total === 0) continue;
			// A few of the other values: thousands of members with values of their own make no message of thousands.
			const theirs = values.size > 4 ? [...[...values].slice(0, 3), '…'] : [...values];
			problems.push({
				span: own.valueSpan,
				message: ctx.msg['timing-mismatch'].message(own.key, `${mine}`, alternatives(theirs, ctx.msg['timing-mismatch'].or), total),
				...someRelated(total, differing, d => {
					const setting = effectiveSetting(d.doc, name);
					return { doc: d.doc, span: setting?.valueSpan ?? { start: 0, end: 0 }, message: ctx.msg['timing-mismatch'].related(`${d.value}`, !setting) };
				}),
			});
		}
		return problems;
	},
};

/** Milliseconds as etcd reads them (the default where the file sets nothing), or undefined when etcd cannot read it. */
function timingOf(doc: ConfigDocument, name: string, version: EtcdVersion): bigint | undefined {
	const parsed = parseGoInt(effectiveSetting(doc, name)?.value || atVersion(optionByName(name)!.defaultValue, version) || '', false);
	return parsed.ok ? parsed.value : undefined;
}

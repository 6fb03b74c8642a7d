import { type ConfigDocument, type Setting } from '../model/configDocument';
import { effectiveSetting } from '../dialects/effective';
import type { Problem, Rule } from './rule';
import { parseGoInt } from '../parsers/goValues';

/**
 * etcd refuses a heartbeat or election timeout of 0, an election timeout shorter than five heartbeats
 * (exactly five passes), and an election timeout above 50000 ms.
 */
export const timing: Rule = {
	id: 'timing',
	severity: 'error',
	check(doc, ctx) {
		const msg = ctx.msg.timing;
		const heartbeat = milliseconds(doc, 'heartbeat-interval', 100n);
		const election = milliseconds(doc, 'election-timeout', 1000n);
		const problems: Problem[] = [];
		// Each value on its own first: a heartbeat etcd cannot read does not hide an election timeout of 0.
		if (heartbeat?.value === 0n && heartbeat.setting) problems.push({ span: heartbeat.setting.valueSpan, message: msg.zero(heartbeat.setting.key, '100') });
		if (election?.value === 0n && election.setting) problems.push({ span: election.setting.valueSpan, message: msg.zero(election.setting.key, '1000') });
		if (election && election.value > 50000n && election.setting) problems.push({ span: election.setting.valueSpan, message: msg.tooLong(election.setting.key, String(election.value)) });
		if (!heartbeat || !election) return problems;
		if (heartbeat.value > 0n && election.value > 0n && election.value < 5n * heartbeat.value) {
			const target = election.setting ?? heartbeat.setting;
			if (target) {
				problems.push({
					span: target.valueSpan,
					message: msg.ratio(String(election.value), String(heartbeat.value)),
					related: [heartbeat.setting, election.setting].filter((s): s is Setting => s !== undefined && s !== target).map(s => ({ span: s.valueSpan, message: s.key })),
				});
			}
		}
		return problems;
	},
};

function milliseconds(doc: ConfigDocument, name: string, fallback: bigint): { value: bigint; setting?: Setting } | undefined {
	const setting = effectiveSetting(doc, name);
	if (!setting || setting.value === '') return { value: fallback };
	const parsed = parseGoInt(setting.value, false);
	return parsed.ok ? { value: parsed.value, setting } : undefined;
}

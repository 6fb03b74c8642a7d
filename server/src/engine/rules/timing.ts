import { parseGoInt } from '../etcd/values';
import { effectiveSetting, type ConfigDocument, type Setting } from '../model';
import type { Problem, Rule } from './rule';

/**
 * D1–D4: etcd refuses a heartbeat or election timeout of 0, an election timeout shorter than five heartbeats
 * (exactly five passes), and an election timeout above 50000 ms.
 */
export const timing: Rule = {
	id: 'timing',
	severity: 'error',
	check(doc) {
		const heartbeat = milliseconds(doc, 'heartbeat-interval', 100n);
		const election = milliseconds(doc, 'election-timeout', 1000n);
		if (!heartbeat || !election) return [];
		const problems: Problem[] = [];
		const at = (t: typeof heartbeat) => t.setting?.valueSpan;
		if (heartbeat.value === 0n && heartbeat.setting) problems.push({ span: at(heartbeat)!, message: `${heartbeat.setting.key} is 0: etcd refuses to start; the usual value is 100.` });
		if (election.value === 0n && election.setting) problems.push({ span: at(election)!, message: `${election.setting.key} is 0: etcd refuses to start; the usual value is 1000.` });
		if (election.value > 50000n && election.setting) problems.push({ span: at(election)!, message: `${election.setting.key} is ${election.value} ms: etcd refuses anything above 50000.` });
		if (heartbeat.value > 0n && election.value > 0n && election.value < 5n * heartbeat.value) {
			const target = election.setting ?? heartbeat.setting;
			if (target) {
				problems.push({
					span: target.valueSpan,
					message: `The election timeout (${election.value} ms) must be at least five heartbeats (5 × ${heartbeat.value} ms): etcd refuses to start. Ten heartbeats is the usual ratio.`,
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

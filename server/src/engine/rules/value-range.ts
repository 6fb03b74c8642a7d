import { hasWrongYamlType } from './shared/yamlChecks';
import type { Rule, RuleContext, Severity } from './rule';
import { describeBytes } from '../text/quantities';
import { parseGoDuration, parseGoInt } from '../parsers/goValues';
import type { EtcdVersion } from '../etcd/options';

const GiB = 1n << 30n;
const MiB = 1n << 20n;

/** Values etcd accepts but replaces, or only warns about. */
export const valueRange: Rule = {
	id: 'value-range',
	severity: 'warning',
	check(doc, ctx) {
		return doc.settings.flatMap(setting => {
			const name = setting.option?.name;
			if (!name || setting.value === '' || hasWrongYamlType(setting)) return [];
			const found = durationProblem(name, setting.value, setting.key, ctx.version, ctx.msg['value-range']) ?? integerProblem(name, setting.value, setting.key, ctx.msg['value-range']);
			return found ? [{ span: setting.valueSpan, message: found.message, severity: found.severity }] : [];
		});
	},
};

/** Negative intervals etcd accepts and then loops on; 3.6+ crashes on a negative corruption check instead (out-of-range). */
function durationProblem(name: string, value: string, key: string, version: EtcdVersion, msg: RuleContext['msg']['value-range']): { message: string; severity?: Severity } | undefined {
	const parsed = parseGoDuration(value);
	if (!parsed.ok || parsed.value >= 0) return undefined;
	if (name === 'auto-compaction-retention') return { message: msg.retentionNegative(key) };
	if (name === 'experimental-corrupt-check-time' && version < '3.6') return { message: msg.busyLoop(key) };
	return name.endsWith('downgrade-check-time') ? { message: msg.busyLoop(key) } : undefined;
}

function integerProblem(name: string, text: string, key: string, msg: RuleContext['msg']['value-range']): { message: string; severity?: Severity } | undefined {
	const parsed = parseGoInt(text, name === 'quota-backend-bytes');
	if (!parsed.ok) return undefined;
	const value = parsed.value;
	switch (name) {
		case 'bcrypt-cost':
			return value < 4n || value > 31n ? { message: msg.bcrypt(key, String(value)) } : undefined;
		case 'quota-backend-bytes':
			if (value > 8n * GiB) return { message: msg.quotaLarge(key, describeBytes(value)) };
			if (value < 0n) return { message: msg.quotaNegative(key), severity: 'hint' };
			return undefined;
		case 'max-request-bytes':
			if (value === 0n) return { message: msg.requestZero(key) };
			return value > 10n * MiB ? { message: msg.requestLarge(key, describeBytes(value)), severity: 'hint' } : undefined;
		case 'snapshot-count':
			return value === 0n ? { message: msg.snapshotZero(key), severity: 'hint' } : undefined;
	}
	return undefined;
}

import { hasWrongYamlType } from './shared/yamlChecks';
import type { Rule, RuleContext, Severity } from './rule';
import { describeBytes } from '../text/quantities';
import { parseGoInt } from '../parsers/goValues';

const GiB = 1n << 30n;
const MiB = 1n << 20n;

/** Values etcd accepts but replaces, or only warns about. */
export const valueRange: Rule = {
	id: 'value-range',
	severity: 'warning',
	check(doc, ctx) {
		return doc.settings.flatMap(setting => {
			const name = setting.option?.name;
			const parsed = name && setting.value !== '' ? parseGoInt(setting.value, name === 'quota-backend-bytes') : undefined;
			if (!parsed?.ok || hasWrongYamlType(setting)) return [];
			const found = rangeProblem(name!, parsed.value, setting.key, ctx.msg['value-range']);
			return found ? [{ span: setting.valueSpan, message: found.message, severity: found.severity }] : [];
		});
	},
};

function rangeProblem(name: string, value: bigint, key: string, msg: RuleContext['msg']['value-range']): { message: string; severity?: Severity } | undefined {
	switch (name) {
		case 'bcrypt-cost':
			return value < 4n || value > 31n ? { message: msg.bcrypt(key, String(value)) } : undefined;
		case 'quota-backend-bytes':
			if (value > 8n * GiB) return { message: msg.quotaLarge(key, describeBytes(value)) };
			if (value < 0n) return { message: msg.quotaNegative(key), severity: 'hint' };
			return undefined;
		case 'max-request-bytes':
			return value > 10n * MiB ? { message: msg.requestLarge(key, describeBytes(value)), severity: 'hint' } : undefined;
		case 'snapshot-count':
			return value === 0n ? { message: msg.snapshotZero(key), severity: 'hint' } : undefined;
	}
	return undefined;
}

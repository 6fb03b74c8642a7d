import { hasWrongYamlType } from '../etcd/yamlChecks';
import { describeBytes, parseGoInt } from '../etcd/values';
import type { Setting } from '../model';
import type { Problem, Rule, Severity } from './rule';

const GiB = 1n << 30n;
const MiB = 1n << 20n;

/** Values etcd accepts but replaces, or only warns about (VALIDATION A22, A26, A27, A28). */
export const valueRange: Rule = {
	id: 'value-range',
	severity: 'warning',
	check(doc) {
		return doc.settings.flatMap(setting => {
			const name = setting.option?.name;
			const parsed = name && setting.value !== '' ? parseGoInt(setting.value, name === 'quota-backend-bytes') : undefined;
			if (!parsed?.ok || hasWrongYamlType(setting)) return [];
			const found = rangeProblem(name!, parsed.value);
			return found ? [problem(setting, found.message, found.severity)] : [];
		});
	},
};

function rangeProblem(name: string, value: bigint): { message: string; severity?: Severity } | undefined {
	switch (name) {
		case 'bcrypt-cost':
			return value < 4n || value > 31n ? { message: `must lie between 4 and 31: etcd warns and uses 10 instead of ${value}.` } : undefined;
		case 'quota-backend-bytes':
			if (value > 8n * GiB) return { message: `is ${describeBytes(value)}: etcd warns above 8 GiB, its suggested maximum; large back ends make defragmentation and snapshots slow.` };
			if (value < 0n) return { message: 'is negative, which turns the storage quota off: the database may grow until the disk is full.', severity: 'hint' };
			return undefined;
		case 'max-request-bytes':
			return value > 10n * MiB ? { message: `is ${describeBytes(value)}: etcd warns above 10 MiB; large requests slow every member's replication.`, severity: 'hint' } : undefined;
		case 'snapshot-count':
			return value === 0n ? { message: 'is 0, which etcd replaces by its built-in default: set the value you mean or remove the line.', severity: 'hint' } : undefined;
	}
	return undefined;
}

function problem(setting: Setting, message: string, severity?: Severity): Problem {
	return { span: setting.valueSpan, message: `${setting.key} ${message}`, severity };
}

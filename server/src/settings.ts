import { defaultEtcdVersion, etcdVersions, type EtcdVersion } from './engine/etcd/options';
import type { RuleSetting } from './engine/validate';

/** The `etcd.*` settings, checked: anything malformed falls back to the default instead of failing. */
export interface UserSettings {
	readonly version: EtcdVersion;
	readonly rules: Readonly<Record<string, RuleSetting>>;
	/** Hex characters in a generated cluster token. */
	readonly tokenLength: number;
}

export const defaultTokenLength = 16;

const ruleSettings: readonly string[] = ['off', 'hint', 'information', 'warning', 'error'];

export function readSettings(raw: unknown): UserSettings {
	const settings = typeof raw === 'object' && raw !== null ? raw as Record<string, unknown> : {};
	const version = etcdVersions.find(v => v === settings.version) ?? defaultEtcdVersion;
	const rules: Record<string, RuleSetting> = {};
	if (typeof settings.rules === 'object' && settings.rules !== null) {
		for (const [id, value] of Object.entries(settings.rules)) {
			if (typeof value === 'string' && ruleSettings.includes(value)) rules[id] = value as RuleSetting;
		}
	}
	const length = typeof settings.tokenLength === 'number' && Number.isInteger(settings.tokenLength) ? settings.tokenLength : defaultTokenLength;
	return { version, rules, tokenLength: Math.min(64, Math.max(8, length)) };
}

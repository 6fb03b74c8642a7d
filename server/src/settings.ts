import { defaultEtcdVersion, etcdVersions, type EtcdVersion } from './engine/etcd/options';
import type { RuleSetting } from './engine/validate';

/** The `etcd.*` settings, checked: anything malformed falls back to the default instead of failing. */
export interface UserSettings {
	readonly version: EtcdVersion;
	readonly rules: Readonly<Record<string, RuleSetting>>;
}

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
	return { version, rules };
}

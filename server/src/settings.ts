import { defaultEtcdVersion, globToRegExp, parseTarget, type EtcdVersionSpec, type LanguageSetting, type RuleSetting } from './engine';
import type { FileFilter } from './workspaceFiles';

/** The `etcd.*` settings, checked: anything malformed falls back to the default instead of failing. */
export interface UserSettings {
	/** A minor (`3.5`: its newest patch) or a patch release (`3.4.23`). */
	readonly version: EtcdVersionSpec;
	readonly rules: Readonly<Record<string, RuleSetting>>;
	/** Hex characters in a generated cluster token. */
	readonly tokenLength: number;
	/** More globs of files to index as etcd configs (`etcd.cluster.include`, and `etcd.yaml.files` for YAML configs), and globs to leave out (`etcd.cluster.exclude`). */
	readonly clusterInclude: readonly string[];
	readonly clusterExclude: readonly string[];
	/** `etcd.cluster.groups`: cluster name → globs of its member files (relative to the workspace folder, or the CLI's current folder). */
	readonly clusterGroups: Readonly<Record<string, readonly string[]>>;
	/** `etcd.format.sortByGroup`: formatting reorders the settings by option group. */
	readonly sortByGroup: boolean;
	/** `etcd.inlayHints.enabled`. */
	readonly inlayHints: boolean;
	/** `etcd.language`: `auto` follows the editor's display language. */
	readonly language: LanguageSetting;
}

export const defaultTokenLength = 16;

const ruleSettings: readonly string[] = ['off', 'hint', 'information', 'warning', 'error'];

export function readSettings(raw: unknown): UserSettings {
	const settings = typeof raw === 'object' && raw !== null ? raw as Record<string, unknown> : {};
	const version = typeof settings.version === 'string' && parseTarget(settings.version) ? settings.version.trim() as EtcdVersionSpec : defaultEtcdVersion;
	const rules: Record<string, RuleSetting> = {};
	if (typeof settings.rules === 'object' && settings.rules !== null) {
		for (const [id, value] of Object.entries(settings.rules)) {
			if (typeof value === 'string' && ruleSettings.includes(value)) rules[id] = value as RuleSetting;
		}
	}
	const length = typeof settings.tokenLength === 'number' && Number.isInteger(settings.tokenLength) ? settings.tokenLength : defaultTokenLength;
	const cluster = typeof settings.cluster === 'object' && settings.cluster !== null ? settings.cluster as Record<string, unknown> : {};
	const yaml = typeof settings.yaml === 'object' && settings.yaml !== null ? settings.yaml as Record<string, unknown> : {};
	const formatting = typeof settings.format === 'object' && settings.format !== null ? settings.format as Record<string, unknown> : {};
	return {
		version, rules, tokenLength: Math.min(64, Math.max(8, length)), clusterInclude: [...globs(cluster.include), ...globs(yaml.files)], clusterExclude: globs(cluster.exclude),
		clusterGroups: groupsOf(cluster.groups),
		sortByGroup: formatting.sortByGroup === true,
		language: settings.language === 'en' || settings.language === 'ru' ? settings.language : 'auto',
		inlayHints: !(typeof settings.inlayHints === 'object' && settings.inlayHints !== null && (settings.inlayHints as Record<string, unknown>).enabled === false),
	};
}

function groupsOf(raw: unknown): Record<string, string[]> {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
	return Object.fromEntries(Object.entries(raw).filter(([name]) => name.trim() !== '').map(([name, list]) => [name.trim(), globs(list)]));
}

function globs(raw: unknown): string[] {
	return Array.isArray(raw) ? raw.filter((glob): glob is string => typeof glob === 'string' && glob !== '') : [];
}

/** The index's filter: our include/exclude settings, and VS Code's `files.exclude` (globs set to true). */
export function watchedGlobs(settings: UserSettings, filesExclude: unknown): FileFilter {
	const excluded = typeof filesExclude === 'object' && filesExclude !== null
		? Object.entries(filesExclude).filter(([, on]) => on === true).map(([glob]) => glob)
		: [];
	const groups = Object.entries(settings.clusterGroups).map(([name, list]) => ({ name, globs: list.map(globToRegExp) }));
	return { include: settings.clusterInclude.map(globToRegExp), exclude: [...settings.clusterExclude, ...excluded].map(globToRegExp), groups };
}

import { allOptions, atVersion, etcdVersions, existsIn, optionByEnv, optionByName, type EtcdOption } from '../../server/src/engine/etcd/options';
import { replacementOption } from '../../server/src/engine/rules/shared/keyChecks';
import { optionByYamlKey } from '../../server/src/engine/etcd/yamlKeys';
import { casePlan, startupTable, type StartupCase } from './startupTable';

/*
 * What the docs claim etcd refuses, against what the table shows a rule reporting: the options an error case of a
 * covered row sets, by the minor versions the case is checked in.
 */

/** Words with which our docs say that etcd refuses a configuration. */
export const refusalWords = /\b(refuses? to start|refuse to start|refuses (it|them)\b|stops etcd(?! from)|stops the (first )?start|does not start|fails at start|start fails|crashes)/i;

/** The option names a case's texts set: ETCD_ variables, flags, YAML keys (nested ones by their path). */
export function caseOptions(testCase: StartupCase): string[] {
	const names: string[] = [];
	for (const line of (testCase.env ?? '').split('\n')) {
		const option = optionByEnv(/^([A-Z0-9_]+)=/.exec(line)?.[1] ?? '');
		if (option) names.push(option.name);
	}
	for (const flag of (testCase.args ?? '').matchAll(/--([a-z0-9-]+)/g)) if (optionByName(flag[1])) names.push(flag[1]);
	const path: string[] = [];
	for (const line of (testCase.yaml ?? '').split('\n')) {
		const match = /^(\s*)([+-]?)([A-Za-z0-9-]+):/.exec(line);
		if (!match) continue;
		const depth = match[1].length / 2;
		path.splice(depth, path.length, match[3]);
		const option = optionByYamlKey(path.join('.'));
		if (option) names.push(option.name);
	}
	return names;
}

/**
 * Rows that stand for a family of options: their cases show one member, the rule treats all alike (a flag the
 * release lacks, an integer or duration or switch that does not parse, an old name beside its new one in 3.6).
 */
const families: Readonly<Record<string, (option: EtcdOption, minor: typeof etcdVersions[number]) => boolean>> = {
	'option-not-in-version': (option, minor) => !existsIn(option, minor),
	'env-flag-conflict': (option, minor) => existsIn(option, minor) && option.yamlKey !== undefined,
	'flag-int-syntax': (option, minor) => existsIn(option, minor) && ['int', 'uint', 'size'].includes(atVersion(option.type, minor) ?? ''),
	'flag-duration-syntax': (option, minor) => existsIn(option, minor) && atVersion(option.type, minor) === 'duration',
	'flag-bool-syntax': (option, minor) => existsIn(option, minor) && atVersion(option.type, minor) === 'bool',
	'flag-enum-exact': (option, minor) => existsIn(option, minor) && atVersion(option.type, minor) === 'enum',
	'experimental-vs-new-both-set': (option, minor) => minor === '3.6' && existsIn(option, minor)
		&& [replacementOption(option), allOptions().find(other => replacementOption(other) === option)].some(twin => twin && existsIn(twin, minor)),
	'feature-gate-vs-experimental-flag': (option, minor) => minor === '3.6' && existsIn(option, minor) && (option.replacedBy ?? '').startsWith('feature-gates='),
};

/** Option name → the minor versions in which an error case of a covered row sets it (or its family's rule covers it). */
export function refusedOptions(): Map<string, Set<string>> {
	const found = new Map<string, Set<string>>();
	for (const row of startupTable.rows.filter(r => (r.rules?.length ?? 0) > 0 && families[r.id])) {
		for (const option of allOptions()) for (const minor of etcdVersions) if (families[row.id](option, minor)) (found.get(option.name) ?? found.set(option.name, new Set()).get(option.name)!).add(minor);
	}
	for (const row of startupTable.rows.filter(r => (r.rules?.length ?? 0) > 0)) {
		for (const testCase of row.cases) {
			const minors = casePlan(row, testCase).filter(plan => plan.expect === 'error').map(plan => plan.release.split('.').slice(0, 2).join('.'));
			for (const name of caseOptions(testCase)) for (const minor of minors) (found.get(name) ?? found.set(name, new Set()).get(name)!).add(minor);
		}
	}
	return found;
}

import { applyFix as applyAnyFix, expectProblems as expectAny, type CheckOptions } from './ruleTest';

/** The rule helpers, reading the text as etcd's YAML config file. */
const asYaml = (options: CheckOptions = {}): CheckOptions => ({ file: 'etcd.conf.yml', ...options });

export function expectYamlProblems(ruleId: string, source: string, options: CheckOptions = {}) {
	return expectAny(ruleId, source, asYaml(options));
}

export function applyYamlFix(ruleId: string, source: string, title: RegExp, options: CheckOptions = {}): string {
	return applyAnyFix(ruleId, source, title, asYaml(options));
}

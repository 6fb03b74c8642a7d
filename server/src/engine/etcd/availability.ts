import { allOptions, atVersion, etcdVersions, existsIn, type EtcdOption, type ValueType, type YamlValueKind } from './options';
import { allowedNameOptions, behaviourSince, boundaryPatches, yamlKeyMinors, yamlKeySince } from './patchFacts';
import { holds, type Target } from './versions';

/*
 * Whether etcd of a patch release reads an option, and how: the minor's status, the patch the flag (and, apart from
 * it, the YAML key) arrived in, and the few options whose type changed inside a minor. Rules, hovers and completion
 * all ask here, so they cannot disagree.
 */

const withTheirMinor: readonly string[] = [];

/** The patches an option's flag and variable arrived in, as a Since. */
export function optionSince(option: EtcdOption): readonly string[] {
	// Most options arrived with a minor: the rules ask for every setting of every file.
	if (!option.sincePatch) return withTheirMinor;
	return Object.values(option.sincePatch ?? {}).filter((patch): patch is string => patch !== undefined);
}

/** Whether the release has the option as a flag and an ETCD_ variable. */
export function hasFlag(option: EtcdOption, target: Target): boolean {
	return existsIn(option, target.minor) && holds(optionSince(option), target);
}

/** The option's YAML key in the release, or null where its config file has none (etcd skips the key there). */
export function yamlKeyAt(option: EtcdOption, target: Target): string | null {
	const key = atVersion(option.yamlKey, target.minor) ?? null;
	const minors = yamlKeyMinors[option.name];
	if (key === null || !hasFlag(option, target) || (minors && !minors.includes(target.minor))) return null;
	return holds(yamlKeySince[option.name] ?? [], target) ? key : null;
}

/** Whether etcd of the release reads the option from this input. */
export function availableAt(option: EtcdOption, target: Target, inYaml: boolean): boolean {
	return inYaml ? yamlKeyAt(option, target) !== null : hasFlag(option, target);
}

/** The first release of the option's minor that reads it, where that is a patch after .0 (`3.4.25`). */
export function arrivalAt(option: EtcdOption, target: Target, inYaml: boolean): string | undefined {
	const patches = [...optionSince(option), ...(inYaml ? yamlKeySince[option.name] ?? [] : [])];
	const own = patches.filter(patch => patch.startsWith(`${target.minor}.`));
	return own.sort((a, b) => Number(b.split('.')[2]) - Number(a.split('.')[2]))[0];
}

/** The option's value type in the release (the allowed-name options were single strings before their lists). */
export function typeAt(option: EtcdOption, target: Target): ValueType | undefined {
	if (allowedNameOptions.includes(option.name) && !holds(behaviourSince.allowedNameLists, target)) return 'string';
	return atVersion(option.type, target.minor);
}

/** How the release's YAML decoder wants the option's value written. */
export function yamlValueAt(option: EtcdOption, target: Target): YamlValueKind | undefined {
	if (allowedNameOptions.includes(option.name) && !holds(behaviourSince.allowedNameLists, target)) return 'string';
	return option.yamlValue;
}

/** Every minor and both sides of every patch boundary the facts know: where verdicts can change. */
export function boundaryReleases(): string[] {
	return [...etcdVersions, ...boundaryPatches(allOptions().flatMap(optionSince))];
}

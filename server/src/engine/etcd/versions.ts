import { etcdVersions, type EtcdVersion } from './options';

/*
 * Which etcd a file is checked against: a minor version and one of its patch releases. Behaviour changed inside
 * minors (a check added in 3.4.20, repeated URLs merged from 3.4.28), so verdicts follow the patch; a bare minor
 * stands for its newest patch, the release whose source docs/startup-checks.md was read from.
 */

/** The newest patch of each minor that the facts were read from (docs/startup-checks.md). */
export const newestPatch: Readonly<Record<EtcdVersion, number>> = { '3.4': 45, '3.5': 33, '3.6': 14, '3.7': 1 };

/** How a version may be written in a setting, a flag or a directive: `3.5` or `3.5.9`. */
export type EtcdVersionSpec = EtcdVersion | `${EtcdVersion}.${number}`;

export interface Target {
	readonly minor: EtcdVersion;
	readonly patch: number;
	/** As the user wrote it: `3.4.23`, or the bare `3.4` when no patch was named. */
	readonly label: string;
	/** `3.4.45` for a bare `3.4`: the release the verdicts are for. */
	readonly release: string;
}

/** Reads `3.4` or `3.4.23`; undefined for anything else, and for a patch newer than the facts know. */
export function parseTarget(text: string): Target | undefined {
	const match = /^(\d+\.\d+)(?:\.(0|[1-9]\d{0,3}))?$/.exec(text.trim());
	const minor = match ? etcdVersions.find(v => v === match[1]) : undefined;
	if (!match || !minor) return undefined;
	const patch = match[2] === undefined ? newestPatch[minor] : Number(match[2]);
	if (patch > newestPatch[minor]) return undefined;
	return { minor, patch, label: match[2] === undefined ? minor : `${minor}.${patch}`, release: `${minor}.${patch}` };
}

/** A target from a version or a spec; a minor means its newest patch. Specs that do not read fall back to the minor. */
export function targetOf(version: EtcdVersionSpec | Target): Target {
	if (typeof version !== 'string') return version;
	return parseTarget(version) ?? parseTarget(version.split('.').slice(0, 2).join('.')) ?? parseTarget('3.5')!;
}

/** Every version spec the facts know, for settings and the command line: each minor, then each of its patches. */
export function versionSpecs(): string[] {
	return etcdVersions.flatMap(minor => [minor, ...Array.from({ length: newestPatch[minor] + 1 }, (_, patch) => `${minor}.${patch}`)]);
}

/**
 * Patches where a behaviour began, as `3.4.28`, one per minor it began in. It holds for a target from that patch on;
 * in a minor older than every one listed it does not hold, in a later minor without an entry it always holds.
 */
export type Since = readonly string[];

function patchOf(release: string): { minor: string; patch: number } {
	const dot = release.lastIndexOf('.');
	return { minor: release.slice(0, dot), patch: Number(release.slice(dot + 1)) };
}

/** Whether a behaviour that began at `since` holds for the target. */
export function holds(since: Since, at: EtcdVersionSpec | Target): boolean {
	if (since.length === 0) return true;
	const target = targetOf(at);
	const own = since.map(patchOf).find(s => s.minor === target.minor);
	if (own) return target.patch >= own.patch;
	const first = since.map(patchOf)[0];
	return first === undefined || target.minor > first.minor;
}

/** Whether the target is this patch release or a later one of the same minor, or any later minor. */
export function atLeast(at: EtcdVersionSpec | Target, release: string): boolean {
	const target = targetOf(at);
	const { minor, patch } = patchOf(release);
	return target.minor > minor || (target.minor === minor && target.patch >= patch);
}

/** Whether the target lies in [from, to] (inclusive releases such as `3.6.0` and `3.6.7`). */
export function between(at: EtcdVersionSpec | Target, from: string, to: string): boolean {
	return atLeast(at, from) && !atLeast(at, nextRelease(to));
}

function nextRelease(release: string): string {
	const { minor, patch } = patchOf(release);
	return `${minor}.${patch + 1}`;
}

/** The release before a patch (`3.4.27` for `3.4.28`); undefined for a `.0`. */
export function previousRelease(release: string): string | undefined {
	const { minor, patch } = patchOf(release);
	return patch === 0 ? undefined : `${minor}.${patch - 1}`;
}

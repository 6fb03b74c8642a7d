import { effectiveSetting, effectiveValue } from '../../dialects/effective';
import { optionByName } from '../../etcd/options';
import type { Target } from '../../etcd/versions';
import type { ConfigDocument } from '../../model/configDocument';
import { parseGoBool } from '../../parsers/goValues';

/** Stage and default of the gates the start-up rules read (server/features/etcd_features.go, 3.6 and 3.7 alike). */
const gates: Readonly<Record<string, { readonly alpha: boolean; readonly on: boolean }>> = {
	LeaseCheckpoint: { alpha: true, on: false },
	LeaseCheckpointPersist: { alpha: true, on: false },
	CompactHashCheck: { alpha: true, on: false },
};

/**
 * Whether a feature gate is on (3.6+): as feature-gates names it, else (3.6) as its old experimental switch says,
 * else as AllAlpha/AllBeta set its stage, else its default. Pairs are read as etcd reads them (trimmed, empty
 * pieces skipped).
 */
export function gateOn(doc: ConfigDocument, gate: string, target: Target): boolean {
	const pairs = pairsOf(effectiveSetting(doc, 'feature-gates')?.value ?? '');
	if (pairs.has(gate)) return pairs.get(gate)!;
	const old = target.minor === '3.6' ? switchFor(gate) : undefined;
	const given = old === undefined ? undefined : effectiveValue(doc, old);
	const parsed = given === undefined || given === '' ? undefined : parseGoBool(given);
	if (parsed) return parsed.ok && parsed.value;
	const spec = gates[gate];
	const all = pairs.get(spec?.alpha ? 'AllAlpha' : 'AllBeta');
	return all ?? spec?.on ?? false;
}

function pairsOf(value: string): Map<string, boolean> {
	const pairs = new Map<string, boolean>();
	for (const piece of value.split(',').filter(p => p !== '')) {
		const equals = piece.indexOf('=');
		const parsed = equals < 0 ? undefined : parseGoBool(piece.slice(equals + 1).trim());
		if (parsed?.ok) pairs.set(piece.slice(0, equals).trim(), parsed.value);
	}
	return pairs;
}

/** The 3.6 experimental switch that sets a gate (its replacedBy names the gate). */
function switchFor(gate: string): string | undefined {
	const names = ['experimental-enable-lease-checkpoint', 'experimental-enable-lease-checkpoint-persist', 'experimental-compact-hash-check-enabled'];
	return names.find(name => optionByName(name)?.replacedBy === `feature-gates=${gate}=true`);
}

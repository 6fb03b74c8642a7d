import { effectiveSetting, effectiveValue } from '../dialects/effective';
import { behaviourSince } from '../etcd/patchFacts';
import { holds } from '../etcd/versions';
import type { ConfigDocument, Setting } from '../model/configDocument';
import type { Problem, Rule } from './rule';
import { gateOn } from './shared/featureGates';
import { isTrue } from './shared/urlChecks';

/**
 * Lease checkpoint persistence needs lease checkpointing: etcd refuses persistence alone (3.4.20+, 3.5.2+, and as
 * the gates LeaseCheckpointPersist/LeaseCheckpoint from 3.6). Checkpointing without persistence it only warns
 * about, except 3.4.20+ under its default logger capnslog, where that warning goes to a logger that is not there
 * and the process crashes.
 */
export const leaseCheckpoint: Rule = {
	id: 'lease-checkpoint',
	severity: 'error',
	check(doc, ctx) {
		if (!holds(behaviourSince.leaseCheckpointPersistChecked, ctx.target)) return [];
		const gates = ctx.version >= '3.6';
		const persist = gates ? gateOn(doc, 'LeaseCheckpointPersist', ctx.target) : isTrue(doc, 'experimental-enable-lease-checkpoint-persist');
		const checkpoint = gates ? gateOn(doc, 'LeaseCheckpoint', ctx.target) : isTrue(doc, 'experimental-enable-lease-checkpoint');
		if (persist === checkpoint) return [];
		const msg = ctx.msg['lease-checkpoint'];
		const at = anchor(doc, persist ? 'experimental-enable-lease-checkpoint-persist' : 'experimental-enable-lease-checkpoint');
		if (!at) return [];
		if (persist) return [{ span: at.valueSpan, message: msg.persistAlone(at.key, gates) }];
		const crash = ctx.version === '3.4' && holds(behaviourSince.capnslogNilLogger, ctx.target) && (effectiveValue(doc, 'logger') ?? '') !== 'zap';
		const problem: Problem = { span: at.valueSpan, message: crash ? msg.crash(at.key) : msg.withoutPersist(at.key, gates), severity: crash ? undefined : 'warning' };
		return [problem];
	},
};

/** Where to say it: the switch itself, else the feature-gates setting that turned the gate on. */
function anchor(doc: ConfigDocument, optionName: string): Setting | undefined {
	const own = effectiveSetting(doc, optionName);
	return own && own.value !== '' ? own : effectiveSetting(doc, 'feature-gates');
}

import { inputOf } from '../dialects';
import { effectiveSetting } from '../dialects/effective';
import { behaviourSince } from '../etcd/patchFacts';
import { holds, type Target } from '../etcd/versions';
import type { ConfigDocument, Setting } from '../model/configDocument';
import { parseGoBool, parseGoDuration, parseGoInt } from '../parsers/goValues';
import type { Problem, Rule, RuleContext } from './rule';
import { nonEmpty } from './shared/urlChecks';

type Words = RuleContext['msg']['out-of-range'];

/** bbolt maps at most this much on 64-bit systems; etcd maps the quota plus a tenth. */
const mmapLimit = (1n << 48n) - 1n;
const defaultQuota = 2n << 30n;

/** Options held in Go's `int`/`uint`, which a 32-bit build keeps in 32 bits (flags.json go_type). */
const wordSized: Readonly<Record<string, 'int' | 'uint'>> = {
	'auth-token-ttl': 'uint', 'bcrypt-cost': 'uint', 'election-timeout': 'uint', 'heartbeat-interval': 'uint', 'max-request-bytes': 'uint',
	'max-snapshots': 'uint', 'max-txn-ops': 'uint', 'max-wals': 'uint', 'self-signed-cert-validity': 'uint', 'bootstrap-defrag-threshold-megabytes': 'uint',
	'experimental-bootstrap-defrag-threshold-megabytes': 'uint', 'backend-batch-limit': 'int', 'compaction-batch-limit': 'int',
	'experimental-compaction-batch-limit': 'int', 'max-learners': 'int', 'distributed-tracing-sampling-rate': 'int', 'experimental-distributed-tracing-sampling-rate': 'int',
};
const thirtyTwoBit = ['386', 'arm', 'mips', 'mipsle'];

/**
 * Numbers etcd reads but refuses, or crashes on: a negative max-learners (3.6+), a compaction hash check interval of
 * zero or less (3.5.5+), a negative corruption check interval (3.6+, a ticker panics), a tracing sampling rate
 * outside 0..1000000 with tracing on (3.5.11+), a quota whose database map exceeds bbolt's limit, a zero
 * self-signed-cert-validity where auto TLS must make a certificate (3.5+), and, where ETCD_UNSUPPORTED_ARCH says the
 * build is 32-bit, counts beyond 32 bits.
 */
export const outOfRange: Rule = {
	id: 'out-of-range',
	severity: 'error',
	check(doc, ctx) {
		const msg = ctx.msg['out-of-range'];
		return [
			...integerBelow(doc, 'max-learners', 0n, msg.maxLearners),
			...hashCheckTime(doc, ctx.target, msg),
			...durationBelow(doc, ['corrupt-check-time', 'experimental-corrupt-check-time'], ctx.version >= '3.6', msg.corruptCheck),
			...samplingRate(doc, ctx.target, msg),
			...quota(doc, msg),
			...selfSignedValidity(doc, ctx.target, msg),
			...wordSize(doc, msg),
		];
	},
};

function integerBelow(doc: ConfigDocument, name: string, min: bigint, word: (key: string) => string): Problem[] {
	const setting = nonEmpty(doc, name);
	const value = setting && parseGoInt(setting.value, true);
	return setting && value?.ok && value.value < min ? [{ span: setting.valueSpan, message: word(setting.key) }] : [];
}

function durationBelow(doc: ConfigDocument, names: readonly string[], applies: boolean, word: (key: string, zero: boolean) => string, orZero = false): Problem[] {
	if (!applies) return [];
	return names.flatMap(name => nonEmpty(doc, name) ?? []).flatMap(setting => {
		const value = parseGoDuration(setting.value);
		return value.ok && (value.value < 0 || (orZero && value.value === 0)) ? [{ span: setting.valueSpan, message: word(setting.key, value.value === 0) }] : [];
	});
}

function hashCheckTime(doc: ConfigDocument, target: Target, msg: Words): Problem[] {
	return durationBelow(doc, ['compact-hash-check-time', 'experimental-compact-hash-check-time'], holds(behaviourSince.compactHashCheckTimeChecked, target), msg.hashCheck, true);
}

/** With tracing on, the sampling rate per million must lie in 0..1000000; 3.6 copies the old name's value over. */
function samplingRate(doc: ConfigDocument, target: Target, msg: Words): Problem[] {
	if (!holds(behaviourSince.tracingSamplingRateChecked, target)) return [];
	const on = ['enable-distributed-tracing', 'experimental-enable-distributed-tracing'].some(name => isOn(effectiveSetting(doc, name)));
	if (!on) return [];
	return ['distributed-tracing-sampling-rate', 'experimental-distributed-tracing-sampling-rate'].flatMap(name => nonEmpty(doc, name) ?? []).flatMap(setting => {
		const value = parseGoInt(setting.value, true);
		return value.ok && (value.value < 0n || value.value > 1000000n) ? [{ span: setting.valueSpan, message: msg.samplingRate(setting.key) }] : [];
	});
}

function isOn(setting: Setting | undefined): boolean {
	const parsed = setting && setting.value !== '' ? parseGoBool(setting.value) : undefined;
	return parsed?.ok === true && parsed.value;
}

function quota(doc: ConfigDocument, msg: Words): Problem[] {
	const setting = nonEmpty(doc, 'quota-backend-bytes');
	const value = setting && parseGoInt(setting.value, true);
	if (!setting || !value?.ok || value.value <= 0n || value.value === defaultQuota) return [];
	const mapped = value.value + value.value / 10n;
	return mapped > mmapLimit || mapped >= 1n << 63n ? [{ span: setting.valueSpan, message: msg.quota(setting.key) }] : [];
}

/** 0 fails the certificate auto TLS makes; a YAML file gets 1 instead from 3.5.1, and 3.5.0 reads no such key at all. */
function selfSignedValidity(doc: ConfigDocument, target: Target, msg: Words): Problem[] {
	if (target.minor === '3.4') return [];
	const setting = effectiveSetting(doc, 'self-signed-cert-validity');
	const yaml = doc.settings.some(s => inputOf(s) === 'config-file');
	const zero = setting ? uintOf(setting) === 0n : yaml;
	if (!zero || (yaml && holds(behaviourSince.selfSignedValidityYamlDefault, target))) return [];
	const sides = [['auto-tls', 'cert-file', 'key-file'], ['peer-auto-tls', 'peer-cert-file', 'peer-key-file']];
	// Auto TLS makes a certificate only where neither file of its side is given.
	const generating = sides.filter(([, cert, key]) => !nonEmpty(doc, cert) && !nonEmpty(doc, key)).flatMap(([auto]) => {
		const setting = effectiveSetting(doc, auto);
		return setting && isOn(setting) ? [setting] : [];
	});
	return generating.map(auto => ({ span: (setting ?? auto).valueSpan, message: msg.selfSigned(setting?.key, auto.key, holds(behaviourSince.selfSignedValidityYamlDefault, target)) }));
}

function uintOf(setting: Setting): bigint | undefined {
	const parsed = setting.value === '' ? undefined : parseGoInt(setting.value, false);
	return parsed?.ok ? parsed.value : undefined;
}

/** A 32-bit build (the file's ETCD_UNSUPPORTED_ARCH says so) parses Go int and uint options in 32 bits. */
function wordSize(doc: ConfigDocument, msg: Words): Problem[] {
	const arch = doc.settings.filter(s => s.key === 'ETCD_UNSUPPORTED_ARCH').pop()?.value;
	if (!arch || !thirtyTwoBit.includes(arch)) return [];
	return doc.settings.flatMap(setting => {
		const type = setting.option && wordSized[setting.option.name];
		if (!type || setting.value === '' || !parseGoInt(setting.value, type === 'int').ok) return [];
		return parseGoInt(setting.value, type === 'int', 32).ok ? [] : [{ span: setting.valueSpan, message: msg.wordSize(setting.key, arch) }];
	});
}

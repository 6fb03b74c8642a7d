import { yamlSettings } from './shared/yamlChecks';
import type { Rule } from './rule';

/** 3.6 reads these keys once more by hand and asserts their type: an empty value crashes it. */
const assertedIn36 = [
	'experimental-stop-grpc-service-on-defrag', 'experimental-initial-corrupt-check', 'experimental-compact-hash-check-enabled',
	'experimental-txn-mode-write-with-shared-buffer', 'experimental-enable-lease-checkpoint', 'experimental-enable-lease-checkpoint-persist',
	'experimental-snapshot-catch-up-entries',
];

/**
 * A YAML key with nothing after it (null). etcd leaves the option at its default without a word, so the key looks
 * set but is not (a hint: etcd's own sample leaves keys blank so). Except where 3.6 and 3.7 refuse or crash: `peer-transport-security` must be a
 * mapping, `discovery-config.client.secure` and `.auth` replaced by nothing crash the start, and in 3.6 the
 * experimental switches it reads by hand crash on a null.
 */
export const yamlEmptyValue: Rule = {
	id: 'yaml-empty-value',
	severity: 'error',
	check(doc, ctx) {
		const msg = ctx.msg['yaml-empty-value'];
		const later = ctx.version >= '3.6';
		return yamlSettings(doc).flatMap(setting => {
			const value = setting.yaml;
			if (value.kind !== 'scalar' || value.type !== 'null') return [];
			const key = setting.key.toLowerCase();
			if (later && key === 'peer-transport-security') return [{ span: setting.keySpan, message: msg.section(setting.key, ctx.version) }];
			if (later && (key === 'discovery-config.client.secure' || key === 'discovery-config.client.auth')) return [{ span: setting.keySpan, message: msg.crash(setting.key, ctx.version) }];
			if (ctx.version === '3.6' && assertedIn36.includes(key)) return [{ span: setting.keySpan, message: msg.crash(setting.key, ctx.version) }];
			// The upstream sample leaves optional keys blank like this: a hint, not a warning.
			return setting.option ? [{ span: setting.keySpan, message: msg.unset(setting.key), severity: 'hint' as const }] : [];
		});
	},
};

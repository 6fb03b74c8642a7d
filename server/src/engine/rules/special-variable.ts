import { replaceValue } from '../edits';
import { goArchitectureOf, goArchitectures, removeSetting } from '../etcd/keyChecks';
import type { EtcdVersion } from '../etcd/options';
import { parseGoBool } from '../etcd/values';
import type { Setting } from '../model';
import { shown } from '../syntax/syntaxChecks';
import { hasTemplate } from '../templates';
import type { Fix, Problem, Rule } from './rule';

/**
 * Variables etcd treats apart from its options (VALIDATION A8, C19): ETCD_VERSION, ETCD_UNSUPPORTED_ARCH,
 * ETCD_VERIFY; and `--version` in DAEMON_ARGS, which prints the version instead of running the server.
 */
export const specialVariable: Rule = {
	id: 'special-variable',
	severity: 'warning',
	check(doc, ctx) {
		return doc.settings.flatMap((setting): Problem[] => {
			const remove: Fix = { title: `Remove ${setting.key}`, preferred: true, changes: [removeSetting(doc, setting)] };
			if (setting.source === 'flag') {
				const on = parseGoBool(setting.value);
				if (setting.option?.name !== 'version' || !on.ok || !on.value) return [];
				return [{ span: setting.statementSpan, severity: 'error', message: `${setting.key} makes etcd print its version and exit at once, so the service never runs: remove it from DAEMON_ARGS.`, fixes: [{ ...remove, safe: true }] }];
			}
			if (setting.key === 'ETCD_VERSION') return [{ span: setting.keySpan, ...versionVariable(setting, ctx.version), fixes: [remove] }];
			if (setting.key === 'ETCD_VERIFY') return [{ span: setting.keySpan, message: verifyMessage(ctx.version), fixes: [remove] }];
			if (setting.key === 'ETCD_UNSUPPORTED_ARCH') return hasTemplate(setting.value) ? [] : [architecture(doc.text, setting)];
			return [];
		});
	},
};

function versionVariable(setting: Setting, version: EtcdVersion): Pick<Problem, 'message' | 'severity'> {
	// Observed on 3.4.23: ETCD_VERSION goes through the --version switch's parser, so only Go booleans pass.
	if (version === '3.4' && setting.value !== '' && !parseGoBool(setting.value).ok) {
		return { severity: 'error', message: `ETCD_VERSION does not select an etcd version: etcd 3.4 reads it as its --version switch, which takes only true or false, so ${shown(setting.value)} stops it at start: remove it.` };
	}
	const effect = version === '3.4' ? 'etcd 3.4 reads it as its --version switch and does nothing with it here' : `etcd ${version} removes it from its environment with a warning at every start`;
	return { message: `ETCD_VERSION does not select an etcd version: ${effect}; remove it.` };
}

function verifyMessage(version: EtcdVersion): string {
	return version === '3.4'
		? 'etcd 3.4 does not read ETCD_VERIFY and warns about an unrecognised variable; later versions run slow internal consistency checks with it, meant for etcd\'s own tests: remove it.'
		: `ETCD_VERIFY makes etcd ${version} run internal consistency checks meant for etcd's own tests, which slow it down and stop it when a check fails: remove it in production.`;
}

function architecture(text: string, setting: Setting): Problem {
	const value = setting.value;
	if (goArchitectures.includes(value)) {
		return { span: setting.keySpan, severity: 'information', message: `ETCD_UNSUPPORTED_ARCH=${value} lets etcd start on a CPU type it does not officially support when it runs on exactly that type (Go's name ${value}); on a supported CPU etcd ignores it with a warning about an unrecognised variable.` };
	}
	const intended = goArchitectureOf(value);
	return {
		span: { start: setting.keySpan.start, end: setting.valueSpan.end },
		message: `${shown(value)} is not Go's name for a CPU type, so ETCD_UNSUPPORTED_ARCH never matches and etcd still refuses to start on an unsupported CPU: ${intended ? `write ${intended}` : 'write the name Go uses, such as arm64 or arm'}.`,
		fixes: intended ? [{ title: `Write ${intended}`, preferred: true, changes: [replaceValue(text, setting, intended)] }] : undefined,
	};
}

import { goArchitectureOf, goArchitectures } from './shared/keyChecks';
import type { EtcdVersion } from '../etcd/options';
import type { ConfigDocument, Setting } from '../model/configDocument';
import { shown } from './shared/syntaxChecks';
import { hasTemplate } from '../parsers/templates';
import type { Fix, Problem, Rule, RuleContext } from './rule';
import { commandLineOf, inputOf, replaceValue, removeSetting } from '../dialects';
import { parseGoBool } from '../parsers/goValues';

type Words = RuleContext['msg']['special-variable'];

/**
 * Variables etcd treats apart from its options: ETCD_VERSION, ETCD_UNSUPPORTED_ARCH,
 * ETCD_VERIFY; and `--version` in DAEMON_ARGS, which prints the version instead of running the server.
 */
export const specialVariable: Rule = {
	id: 'special-variable',
	severity: 'warning',
	sees: 'parsed',
	check(doc, ctx) {
		return doc.settings.flatMap((setting): Problem[] => {
			const msg = ctx.msg['special-variable'];
			// Made for the few settings that need it, not for every setting of the file.
			const remove = (): Fix => ({ title: msg.remove(setting.key), preferred: true, changes: [removeSetting(doc, setting)] });
			if (inputOf(setting) === 'command-line') {
				const on = parseGoBool(setting.value);
				if (setting.option?.name !== 'version' || !on.ok || !on.value) return [];
				return [{ span: setting.statementSpan, severity: 'error', message: msg.versionFlag(setting.key, commandLineOf(setting)), fixes: [{ ...remove(), safe: true }] }];
			}
			if (setting.key === 'ETCD_VERSION') return [{ span: setting.keySpan, ...versionVariable(setting, ctx.version, msg), fixes: [remove()] }];
			if (setting.key === 'ETCD_VERIFY') return [{ span: setting.keySpan, message: verifyMessage(ctx.version, msg), fixes: [remove()] }];
			if (setting.key === 'ETCD_UNSUPPORTED_ARCH') return hasTemplate(setting.value) ? [] : [architecture(doc, setting, msg)];
			return [];
		});
	},
};

function versionVariable(setting: Setting, version: EtcdVersion, msg: Words): Pick<Problem, 'message' | 'severity'> {
	// Observed on 3.4.23: ETCD_VERSION goes through the --version switch's parser, so only Go booleans pass.
	if (version === '3.4' && setting.value !== '' && !parseGoBool(setting.value).ok) {
		return { severity: 'error', message: msg.versionNotBool(shown(setting.value)) };
	}
	return { message: version === '3.4' ? msg.version34 : msg.version(version) };
}

function verifyMessage(version: EtcdVersion, msg: Words): string {
	return version === '3.4'
		? msg.verify34
		: msg.verify(version);
}

function architecture(doc: ConfigDocument, setting: Setting, msg: Words): Problem {
	const value = setting.value;
	if (goArchitectures.includes(value)) {
		return { span: setting.keySpan, severity: 'information', message: msg.archMatches(value) };
	}
	const intended = goArchitectureOf(value);
	return {
		span: { start: setting.keySpan.start, end: setting.valueSpan.end },
		message: msg.archUnknown(shown(value), intended),
		fixes: intended ? [{ title: msg.write(intended), preferred: true, changes: [replaceValue(doc, setting, intended)] }] : undefined,
	};
}

import { doubleQuote, insertLinesAfter, replaceValue } from '../dialects/edits';
import { configFileSetting, daemonArgsSetting, flagName, legacyName, presetByDebian, removeSetting, whereWritten, writtenSpan } from './shared/keyChecks';
import { envNameOf, existsIn } from '../etcd/options';
import type { ConfigDocument, Setting } from '../model/configDocument';
import { shown } from './shared/syntaxChecks';
import { hasTemplate } from '../parsers/templates';
import type { Fix, Rule, RuleContext } from './rule';

type Words = RuleContext['msg']['flag-and-variable'];

/**
 * An option given both as an `ETCD_*` variable and as a DAEMON_ARGS flag: etcd 3.4+ stops at start rather than pick
 * one, even when the variable is empty (VALIDATION A5). Debian's unit always sets ETCD_NAME and ETCD_DATA_DIR, so
 * `--name` and `--data-dir` never work there. With a config file etcd reads neither, so nothing clashes.
 */
export const flagAndVariable: Rule = {
	id: 'flag-and-variable',
	severity: 'error',
	check(doc, ctx) {
		if (configFileSetting(doc)) return [];
		const msg = ctx.msg['flag-and-variable'];
		// The last assignment of each variable, found once: DAEMON_ARGS can hold thousands of flags.
		const variables = new Map(doc.settings.filter(s => s.source === 'env').map(s => [s.key, s]));
		return doc.settings.flatMap(flag => {
			// Flags etcd does not define stop it earlier (unknown-flag, unavailable-option).
			if (flag.source !== 'flag' || !(flag.option ? existsIn(flag.option, ctx.version) : legacyName(flag))) return [];
			const env = envNameOf(flagName(flag));
			const variable = variables.get(env);
			if (!variable && !presetByDebian.includes(env)) return [];
			return [{
				span: flag.statementSpan,
				message: variable
					? msg.both(flag.key, env, whereWritten(doc, variable, ctx.msg['key-checks']))
					: msg.debian(env, flag.key),
				related: variable ? [{ span: writtenSpan(variable), message: msg.related(env) }] : undefined,
				fixes: variable ? keepOne(doc, flag, variable, msg) : moveToVariable(doc, flag, env, msg),
			}];
		});
	},
};

function keepOne(doc: ConfigDocument, flag: Setting, variable: Setting, msg: Words): Fix[] {
	const remove = removeSetting(doc, flag);
	return [
		{ title: msg.removeFlag(flag.key, variable.key, shown(variable.value)), preferred: true, safe: flag.value === variable.value, changes: [remove] },
		{ title: msg.moveValue(shown(flag.value), variable.key, flag.key), changes: [replaceValue(doc.text, variable, flag.value), remove] },
	];
}

function moveToVariable(doc: ConfigDocument, flag: Setting, env: string, msg: Words): Fix[] {
	const daemonArgs = daemonArgsSetting(doc);
	// An empty variable counts as unset, so an empty or missing flag value cannot simply move.
	if (!daemonArgs || flag.value === '') return [];
	const line = insertLinesAfter(doc.text, daemonArgs.statementSpan, [`${env}=${doubleQuote(flag.value)}`]);
	return [{ title: msg.moveTo(`${env}=${doubleQuote(flag.value)}`), preferred: true, safe: !hasTemplate(flag.value), changes: [removeSetting(doc, flag), line] }];
}

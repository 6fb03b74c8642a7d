import { commandLineOf, dialectOf, flagCarrier, inputOf, removeSetting, replaceValue, variableDialect, whereWritten, writtenSpan } from '../dialects';
import { envNameOf, existsIn } from '../etcd/options';
import type { ConfigDocument, Setting } from '../model/configDocument';
import { hasTemplate } from '../parsers/templates';
import type { Fix, Rule, RuleContext } from './rule';
import { configFileSetting, legacyName, presetByDebian } from './shared/keyChecks';
import { shown } from './shared/syntaxChecks';

type Words = RuleContext['msg']['flag-and-variable'];

/**
 * An option given both as an `ETCD_*` variable and as a DAEMON_ARGS flag: etcd 3.4+ stops at start rather than pick
 * one, even when the variable is empty. Debian's unit always sets ETCD_NAME and ETCD_DATA_DIR, so
 * `--name` and `--data-dir` never work there. With a config file etcd reads neither, so nothing clashes.
 */
export const flagAndVariable: Rule = {
	id: 'flag-and-variable',
	severity: 'error',
	sees: 'parsed',
	check(doc, ctx) {
		if (configFileSetting(doc)) return [];
		const msg = ctx.msg['flag-and-variable'];
		// The last assignment of each variable, found once: DAEMON_ARGS can hold thousands of flags.
		const variables = new Map(doc.settings.filter(s => inputOf(s) === 'environment').map(s => [s.key, s]));
		return doc.settings.flatMap(flag => {
			// Flags etcd does not define stop it earlier (unknown-flag, unavailable-option).
			if (inputOf(flag) !== 'command-line' || !(flag.option ? existsIn(flag.option, ctx.version) : legacyName(flag))) return [];
			const name = dialectOf(flag).nameOf(flag);
			const env = envNameOf(name);
			const variable = variables.get(env);
			if (!variable && !(doc.launcher === 'debian-unit' && presetByDebian.includes(env))) return [];
			return [{
				span: flag.statementSpan,
				message: variable
					? msg.both(flag.key, env, whereWritten(doc, variable, ctx.msg['key-checks']))
					: msg.debian(env, flag.key),
				related: variable ? [{ span: writtenSpan(variable), message: msg.related(env) }] : undefined,
				fixes: variable ? keepOne(doc, flag, variable, msg) : moveToVariable(doc, flag, name, msg),
			}];
		});
	},
};

function keepOne(doc: ConfigDocument, flag: Setting, variable: Setting, msg: Words): Fix[] {
	const remove = removeSetting(doc, flag);
	return [
		{ title: msg.removeFlag(flag.key, variable.key, shown(variable.value), commandLineOf(flag)), preferred: true, safe: flag.value === variable.value, changes: [remove] },
		{ title: msg.moveValue(shown(flag.value), variable.key, flag.key), changes: [replaceValue(doc, variable, flag.value), remove] },
	];
}

/** The flag becomes a variable of its own, written after the line that carries the flags. */
function moveToVariable(doc: ConfigDocument, flag: Setting, name: string, msg: Words): Fix[] {
	const carrier = flagCarrier(doc);
	const variables = variableDialect(doc);
	// An empty variable counts as unset, so an empty or missing flag value cannot simply move.
	const added = carrier && flag.value !== '' ? variables?.addAfter(doc, carrier, name, flag.value) : undefined;
	if (!variables || !added) return [];
	return [{ title: msg.moveTo(variables.written(name, flag.value)), preferred: true, safe: !hasTemplate(flag.value), changes: [removeSetting(doc, flag), added] }];
}

import { commandLineOf, dialectOf, flagCarrier, inputOf, removeSetting, replaceValue, variableDialect, whereWritten, writtenSpan } from '../dialects';
import { envNameOf, existsIn } from '../etcd/options';
import { fileAndService } from '../cluster/loading';
import { lineNumber, type ConfigDocument, type Setting } from '../model/configDocument';
import { hasTemplate } from '../parsers/templates';
import type { Fix, Problem, Rule, RuleContext } from './rule';
import { configFileSetting, legacyName, presetByDebian } from './shared/keyChecks';
import { shown } from './shared/syntaxChecks';

type Words = RuleContext['msg']['flag-and-variable'];

/**
 * An option given both as an `ETCD_*` variable and as a DAEMON_ARGS flag: etcd 3.4+ stops at start rather than pick
 * one, even when the variable is empty. Debian's unit always sets ETCD_NAME and ETCD_DATA_DIR, so
 * `--name` and `--data-dir` never work there. With a config file etcd reads neither, so nothing clashes. A unit's
 * flags also clash with the variables of the env file its EnvironmentFile= loads (compose: a service's `command:`
 * and its `env_file`): both files are found in the one that is checked.
 */
export const flagAndVariable: Rule = {
	id: 'flag-and-variable',
	severity: 'error',
	sees: 'parsed',
	check(doc, ctx) {
		const loaded = ctx.links.filter(link => link.loader.uri === doc.uri).map(link => link.loaded);
		const loaders = ctx.links.filter(link => link.loaded.uri === doc.uri).map(link => link.loader);
		if (configFileSetting(doc) || loaded.some(configFileSetting)) return [];
		const msg = ctx.msg['flag-and-variable'];
		// The last assignment of each variable, found once: DAEMON_ARGS can hold thousands of flags.
		const variables = lastVariables(doc);
		const linkedVariables = loaded.map(file => ({ file, variables: lastVariables(file) }));
		const own = doc.settings.flatMap(flag => {
			// Flags etcd does not define stop it earlier (unknown-flag, unavailable-option).
			if (!isEtcdFlag(flag, ctx)) return [];
			const name = dialectOf(flag).nameOf(flag);
			const env = envNameOf(name);
			const variable = variables.get(env);
			if (variable) {
				return [{
					span: flag.statementSpan,
					message: msg.both(flag.key, env, whereWritten(doc, variable, ctx.msg['key-checks'])),
					related: [{ span: writtenSpan(variable), message: msg.related(env) }],
					fixes: keepOne(doc, flag, variable, msg),
				}];
			}
			const linked = linkedVariables.map(({ file, variables }) => ({ file, variable: variables.get(env) })).filter(found => found.variable).pop();
			if (linked) return [inLoadedFile(doc, flag, linked.file, linked.variable!, msg)];
			if (!(doc.launcher === 'debian-unit' && presetByDebian.includes(env))) return [];
			return [{ span: flag.statementSpan, message: msg.debian(env, flag.key), fixes: moveToVariable(doc, flag, name, msg) }];
		});
		return [...own, ...loaders.filter(loader => !configFileSetting(loader)).flatMap(loader => againstLoader(doc, variables, loader, ctx))];
	},
};

function lastVariables(doc: ConfigDocument): Map<string, Setting> {
	return new Map(doc.settings.filter(s => inputOf(s) === 'environment').map(s => [s.key, s]));
}

function isEtcdFlag(flag: Setting, ctx: RuleContext): boolean {
	return inputOf(flag) === 'command-line' && (flag.option ? existsIn(flag.option, ctx.version) : legacyName(flag) !== undefined);
}

/** A flag of this unit or service whose option a variable of the env file it loads sets too. */
function inLoadedFile(doc: ConfigDocument, flag: Setting, file: ConfigDocument, variable: Setting, msg: Words): Problem {
	return {
		span: flag.statementSpan,
		message: msg.inLoaded(flag.key, variable.key, fileAndService(file), lineNumber(file, variable.keySpan.start)),
		related: [{ doc: file, span: writtenSpan(variable), message: msg.related(variable.key) }],
		fixes: [{ title: msg.removeFlag(flag.key, variable.key, shown(variable.value), commandLineOf(flag)), preferred: true, safe: flag.value === variable.value, changes: [removeSetting(doc, flag)] }],
	};
}

/** The variables of this env file whose options the command line of a unit or service that loads it sets too. */
function againstLoader(doc: ConfigDocument, variables: ReadonlyMap<string, Setting>, loader: ConfigDocument, ctx: RuleContext): Problem[] {
	const msg = ctx.msg['flag-and-variable'];
	return loader.settings.flatMap(flag => {
		if (!isEtcdFlag(flag, ctx)) return [];
		const variable = variables.get(envNameOf(dialectOf(flag).nameOf(flag)));
		if (!variable) return [];
		return [{
			span: writtenSpan(variable),
			message: msg.inLoader(variable.key, flag.key, fileAndService(loader), lineNumber(loader, flag.statementSpan.start)),
			related: [{ doc: loader, span: flag.statementSpan, message: msg.relatedFlag(flag.key) }],
			// Never applied with the others: the loader's side is the safe one, and both together would drop the option.
			fixes: [{ title: msg.removeVariable(variable.key, flag.key, shown(flag.value)), changes: [removeSetting(doc, variable)] }],
		}];
	});
}

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

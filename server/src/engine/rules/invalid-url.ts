import type { RuleMessages } from '../l10n/rules.en';
import type { EtcdVersion } from '../etcd/options';
import type { Target } from '../etcd/versions';
import { defaultPort, literalPieces, liveSettings, urlListSettings } from './shared/urlChecks';
import { entryProblem } from './shared/urlDiagnosis';
import { parseInitialCluster } from '../etcd/urls';
import { valueSubspan, type ConfigDocument, type Setting } from '../model/configDocument';
import { hasTemplate } from '../parsers/templates';
import type { Problem, Rule } from './rule';
import { replaceValue } from '../dialects';

/** A URL etcd cannot parse (scheme, host:port, path) makes it refuse the whole option at start. */
export const invalidUrl: Rule = {
	id: 'invalid-url',
	severity: 'error',
	sees: 'parsed',
	check(doc, ctx) {
		const lists = urlListSettings(doc, ctx.target).flatMap(setting => literalPieces(setting.value)
			.map(piece => entryProblem(doc, setting, piece, ctx.target, ctx.msg['url-diagnosis'], defaultPort(setting.option?.name ?? ''))));
		const cors = liveSettings(doc, 'cors').flatMap(setting => corsProblems(doc, setting, ctx.target, ctx.msg));
		const cluster = liveSettings(doc, 'initial-cluster').flatMap(setting => clusterProblems(doc, setting, ctx.target, ctx.msg));
		return [...lists, ...cors, ...cluster].filter((p): p is Problem => p !== undefined);
	},
};

/** `cors` is exactly `*`, or a list of URLs; `*` inside a list is read as a URL and fails. */
function corsProblems(doc: ConfigDocument, setting: Setting, version: EtcdVersion | Target, msg: RuleMessages): (Problem | undefined)[] {
	const own = msg['invalid-url'];
	if (setting.value === '*') return [];
	if (setting.value.trim() === '*') {
		const fix = { title: own.corsWithoutBlanks, changes: [replaceValue(doc, setting, '*')], preferred: true, safe: true };
		return [{ span: setting.valueSpan, message: own.corsBlanks(setting.key), fixes: [fix] }];
	}
	return literalPieces(setting.value).map(piece => piece.text !== '*' ? entryProblem(doc, setting, piece, version, msg['url-diagnosis']) : {
		span: valueSubspan(setting, piece.from, piece.to),
		message: own.corsMixed(setting.key),
		fixes: [
			{ title: own.allowEvery, changes: [replaceValue(doc, setting, '*')] },
			{ title: own.keepListed, changes: [replaceValue(doc, setting, setting.value.split(',').filter(p => p.trim() !== '*').join(','))] },
		],
	});
}

/** The URLs inside `name=url` entries; membership itself is checked by the membership rules. */
function clusterProblems(doc: ConfigDocument, setting: Setting, version: EtcdVersion | Target, msg: RuleMessages): (Problem | undefined)[] {
	return parseInitialCluster(setting.value).filter(m => !hasTemplate(m.name) && !hasTemplate(m.url)).map(member => {
		const url = { text: member.url, from: member.urlFrom, to: member.urlTo };
		if (member.url !== '') return entryProblem(doc, setting, url, version, msg['url-diagnosis'], '2380', `${setting.key} (${member.name})`);
		const hasEquals = member.urlFrom > member.nameTo;
		return {
			span: valueSubspan(setting, member.nameFrom, hasEquals ? member.urlTo : member.nameTo),
			message: msg['invalid-url'].noUrl(setting.key, `${member.name}${hasEquals ? '=' : ''}`),
		};
	});
}

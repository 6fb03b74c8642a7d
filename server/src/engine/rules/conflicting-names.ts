import { replacementOption } from './shared/keyChecks';
import { existsIn } from '../etcd/options';
import type { Setting } from '../model/configDocument';
import { shown } from './shared/syntaxChecks';
import type { Rule } from './rule';
import { isGiven, removeSetting, whereWritten, writtenSpan } from '../dialects';
import { parseGoDuration } from '../parsers/goValues';

/**
 * An `experimental-X` option and its unprefixed twin `X` both given: etcd 3.6 refuses to start rather than pick
 * one. For the unary-request warning pair it compares values, so a zero on either side is no clash.
 */
export const conflictingNames: Rule = {
	id: 'conflicting-names',
	severity: 'error',
	check(doc, ctx) {
		return doc.settings.flatMap(setting => {
			const option = setting.option;
			const twin = option?.name.startsWith('experimental-') ? replacementOption(option) : undefined;
			if (!option || !twin || !isGiven(setting) || !existsIn(option, ctx.version) || !existsIn(twin, ctx.version)) return [];
			const other = doc.settings.filter(s => s.option === twin && isGiven(s)).pop();
			if (!other || (twin.name === 'warning-unary-request-duration' && (isZero(setting) || isZero(other)))) return [];
			return [{
				span: writtenSpan(setting),
				message: ctx.msg['conflicting-names'].message(setting.key, other.key, whereWritten(doc, other, ctx.msg['key-checks']), ctx.version),
				related: [{ span: writtenSpan(other), message: ctx.msg['conflicting-names'].related(other.key) }],
				fixes: [{
					title: ctx.msg['conflicting-names'].remove(setting.key, other.key, shown(other.value)),
					preferred: true,
					safe: setting.value === other.value,
					changes: [removeSetting(doc, setting)],
				}],
			}];
		});
	},
};

/** 3.6 checks this pair by value: a zero duration counts as not set. Unparsable values are another rule's error. */
function isZero(setting: Setting): boolean {
	const parsed = parseGoDuration(setting.value);
	return !parsed.ok || parsed.value === 0;
}

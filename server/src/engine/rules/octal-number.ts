import { atVersion } from '../etcd/options';
import type { Rule } from './rule';
import { replaceValue } from '../dialects';
import { parseGoInt } from '../parsers/goValues';

/** A leading 0 makes etcd read an integer as octal (`0100` is 64), rarely what the author meant. */
export const octalNumber: Rule = {
	id: 'octal-number',
	severity: 'warning',
	sees: 'parsed',
	check(doc, ctx) {
		return doc.settings.flatMap(setting => {
			const type = setting.option ? atVersion(setting.option.type, ctx.version) : undefined;
			if ((type !== 'int' && type !== 'uint' && type !== 'size') || !/^[+-]?0[0-7_]+$/.test(setting.value)) return [];
			const parsed = parseGoInt(setting.value, type === 'int');
			if (!parsed.ok) return [];
			const meant = setting.value.replace(/^([+-]?)0+(?=\d)/, '$1').replace(/_/g, '');
			return [{
				span: setting.valueSpan,
				message: ctx.msg['octal-number'].message(setting.value, String(parsed.value), meant),
				fixes: [{ title: ctx.msg['octal-number'].write(meant), preferred: true, changes: [replaceValue(doc, setting, meant)] }],
			}];
		});
	},
};

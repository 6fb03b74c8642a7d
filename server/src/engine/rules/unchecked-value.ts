import { hasWrongYamlType } from './shared/yamlChecks';
import { atVersion } from '../etcd/options';
import { uncheckedEnums } from '../etcd/valueChecks';
import { hasTemplate } from '../parsers/templates';
import type { Rule } from './rule';
import { replaceValue } from '../dialects';
import { alternatives } from '../text/alternatives';

/** etcd never checks these options' values; anything unknown silently acts as the fallback. */
export const uncheckedValue: Rule = {
	id: 'unchecked-value',
	severity: 'warning',
	sees: 'parsed',
	check(doc, ctx) {
		return doc.settings.flatMap(setting => {
			const option = setting.option;
			if (!option || !uncheckedEnums.includes(option.name) || setting.value === '' || hasTemplate(setting.value) || hasWrongYamlType(setting)) return [];
			const values = atVersion(option.values ?? [], ctx.version) ?? [];
			if (values.includes(setting.value)) return [];
			const match = values.find(v => v.toLowerCase() === setting.value.trim().toLowerCase());
			return [{
				span: setting.valueSpan,
				message: ctx.msg['unchecked-value'].message(setting.key, alternatives(values.map(v => `'${v}'`), ctx.msg['unchecked-value'].or), setting.value),
				fixes: match ? [{ title: ctx.msg['unchecked-value'].write(match), preferred: true, changes: [replaceValue(doc, setting, match)] }] : [],
			}];
		});
	},
};

import { yamlSections } from '../etcd/yamlKeys';
import { yamlSettings } from './shared/yamlChecks';
import type { Fix, Rule } from './rule';
import { yamlValueAt } from '../etcd/availability';
import { yamlString } from '../dialects/yamlValues';

/**
 * A value of the wrong shape: a list option (`log-outputs`, `cipher-suites`, the allowed CN/host name lists)
 * written as a plain string, a string option written as a list, a list with items that are not strings, a mapping
 * where a value belongs, or a value where etcd expects a section such as `client-transport-security`. etcd's
 * decoder refuses each of them.
 */
export const yamlListShape: Rule = {
	id: 'yaml-list-shape',
	severity: 'error',
	sees: 'parsed',
	check(doc, ctx) {
		const msg = ctx.msg['yaml-list-shape'];
		return yamlSettings(doc).flatMap(setting => {
			const value = setting.yaml;
			const wanted = setting.option && yamlValueAt(setting.option, ctx.target);
			if (!setting.option && yamlSections.has(setting.key.toLowerCase()) && !(value.kind === 'scalar' && value.type === 'null')) {
				return [{ span: setting.valueSpan, message: msg.section(setting.key) }];
			}
			if (!wanted) return [];
			if (value.kind === 'map') return [{ span: setting.valueSpan, message: msg.mapping(setting.key) }];
			if (wanted === 'list' && value.kind === 'scalar' && value.type !== 'null') {
				const items = value.text.split(',').map(item => item.trim()).filter(item => item !== '');
				const list = `[${items.map(yamlString).join(', ')}]`;
				const fixes: Fix[] = items.length === 0 ? [] : [{ title: msg.toList(list), preferred: true, safe: items.length === 1, changes: [{ span: setting.valueSpan, newText: list }] }];
				return [{ span: setting.valueSpan, message: msg.wantsList(setting.key, list), fixes }];
			}
			if (wanted === 'list' && value.kind === 'list') {
				return value.items.filter(item => item.type !== 'string').map(item => ({
					span: item.span,
					message: msg.itemString(setting.key),
					fixes: item.type === 'collection' ? [] : [{ title: msg.quote, preferred: true, safe: true, changes: [{ span: item.span, newText: JSON.stringify(doc.text.slice(item.span.start, item.span.end)) }] }],
				}));
			}
			if (wanted !== 'list' && value.kind === 'list') {
				const joined = value.items.map(item => item.text).join(',');
				const fixes: Fix[] = wanted === 'string' && value.items.every(item => item.type === 'string')
					? [{ title: msg.toString(yamlString(joined)), preferred: true, changes: [{ span: setting.valueSpan, newText: yamlString(joined) }] }]
					: [];
				return [{ span: setting.valueSpan, message: msg.notList(setting.key, wanted), fixes }];
			}
			return [];
		});
	},
};

import { yamlSettings } from './shared/yamlChecks';
import type { Rule } from './rule';
import { yamlValueAt } from '../etcd/availability';
import { quoteWritten } from '../dialects/yamlValues';

/**
 * A string option whose value YAML 1.1 reads as something else: `name: no` is the boolean false, `0123` the
 * octal number 83, `1e3` a float. etcd's decoder wants a string there and refuses the file; quotes fix it.
 */
export const yamlUnquotedString: Rule = {
	id: 'yaml-unquoted-string',
	severity: 'error',
	sees: 'parsed',
	check(doc, ctx) {
		return yamlSettings(doc).flatMap(setting => {
			const value = setting.yaml;
			if (!setting.option || yamlValueAt(setting.option, ctx.target) !== 'string' || value.kind !== 'scalar' || value.quoted || value.type === 'string' || value.type === 'null') return [];
			const written = doc.text.slice(setting.valueSpan.start, setting.valueSpan.end);
			return [{
				span: setting.valueSpan,
				message: ctx.msg['yaml-unquoted-string'].message(written, value.type === 'bool', value.text, setting.key),
				fixes: [{ title: ctx.msg['yaml-unquoted-string'].fix(written), preferred: true, safe: true, changes: [quoteWritten(doc, setting)] }],
			}];
		});
	},
};

import { quoteWritten, yamlSettings } from '../etcd/yamlChecks';
import type { Rule } from './rule';

/**
 * A string option whose value YAML 1.1 reads as something else: `name: no` is the boolean false, `0123` the
 * octal number 83, `1e3` a float. etcd's decoder wants a string there and refuses the file; quotes fix it.
 */
export const yamlUnquotedString: Rule = {
	id: 'yaml-unquoted-string',
	severity: 'error',
	check(doc) {
		return yamlSettings(doc).flatMap(setting => {
			const value = setting.yaml;
			if (setting.option?.yamlValue !== 'string' || value.kind !== 'scalar' || value.quoted || value.type === 'string' || value.type === 'null') return [];
			const written = doc.text.slice(setting.valueSpan.start, setting.valueSpan.end);
			const reading = value.type === 'bool' ? `the boolean ${value.text}` : `the number ${value.text}`;
			return [{
				span: setting.valueSpan,
				message: `YAML reads ${written} as ${reading}, but ${setting.key} takes a string, so etcd refuses the file: put the value in quotes.`,
				fixes: [{ title: `Quote it: "${written}"`, preferred: true, safe: true, changes: [quoteWritten(doc, setting)] }],
			}];
		});
	},
};

import { yamlSettings } from '../etcd/yamlChecks';
import type { Rule } from './rule';

const yamlBooleans = /^(y|yes|true|on|n|no|false|off|1|0|t|f)$/i;
const integer = /^[+-]?[0-9]+$/;

/**
 * A number or boolean option written as something else, above all as a string (`heartbeat-interval: '100'`,
 * `auto-tls: "true"`): the text would do on the command line, but etcd's YAML decoder wants the YAML type and
 * refuses the file. Where the text is a number or boolean in quotes, the fix takes the quotes away.
 */
export const yamlQuotedNumber: Rule = {
	id: 'yaml-quoted-number',
	severity: 'error',
	check(doc) {
		return yamlSettings(doc).flatMap(setting => {
			const kind = setting.option?.yamlValue;
			const value = setting.yaml;
			if ((kind !== 'integer' && kind !== 'bool') || value.kind !== 'scalar' || value.type === 'null' || (kind === 'bool' ? value.type === 'bool' : value.integer !== undefined)) return [];
			const written = doc.text.slice(setting.valueSpan.start, setting.valueSpan.end);
			const text = value.text.trim();
			const plain = value.type !== 'string' ? undefined
				: kind === 'integer' ? (integer.test(text) ? text.replace(/^\+/, '') : undefined)
					: yamlBooleans.test(text) ? String(/^(y|yes|true|on|1|t)$/i.test(text)) : undefined;
			const wanted = kind === 'bool' ? 'a YAML boolean (true or false)' : 'a YAML integer';
			return [{
				span: setting.valueSpan,
				message: plain !== undefined
					? `${setting.key} needs ${wanted}, and ${written} is a string, so etcd refuses the file: write ${plain} without quotes.`
					: `${setting.key} needs ${wanted}, and YAML reads ${written} as ${describe(value.type)}, so etcd refuses the file.`,
				fixes: plain === undefined ? [] : [{ title: `Write ${plain} without quotes`, preferred: true, safe: true, changes: [{ span: setting.valueSpan, newText: plain }] }],
			}];
		});
	},
};

function describe(type: string): string {
	return { string: 'a string', bool: 'a boolean', integer: 'an integer', float: 'a number with a fraction' }[type] ?? type;
}

import { yamlSettings } from './shared/yamlChecks';
import { resolvePlain } from '../parsers/yamlFile';
import type { Rule } from './rule';
import { parseGoBool } from '../parsers/goValues';


/**
 * A number or boolean option written as something else, above all as a string (`heartbeat-interval: '100'`,
 * `auto-tls: "true"`): the text would do on the command line, but etcd's YAML decoder wants the YAML type and
 * refuses the file. Where the text is a number or boolean in quotes, the fix takes the quotes away.
 */
export const yamlQuotedNumber: Rule = {
	id: 'yaml-quoted-number',
	severity: 'error',
	sees: 'parsed',
	check(doc, ctx) {
		const msg = ctx.msg['yaml-quoted-number'];
		return yamlSettings(doc).flatMap(setting => {
			const kind = setting.option?.yamlValue;
			const value = setting.yaml;
			if ((kind !== 'integer' && kind !== 'bool') || value.kind !== 'scalar' || value.type === 'null' || (kind === 'bool' ? value.type === 'bool' : value.integer !== undefined)) return [];
			const written = doc.text.slice(setting.valueSpan.start, setting.valueSpan.end);
			const text = value.text.trim();
			// What the quoted text would be without its quotes, to etcd's reader (Go's own 1/t/f for booleans too).
			const unquoted = resolvePlain(text);
			const goBool = parseGoBool(text);
			const plain = value.type !== 'string' ? undefined
				: kind === 'integer' ? (unquoted.type === 'integer' ? unquoted.integer : undefined)
					: unquoted.type === 'bool' ? unquoted.text : goBool.ok ? String(goBool.value) : undefined;
			return [{
				span: setting.valueSpan,
				message: plain !== undefined
					? msg.quoted(setting.key, kind === 'bool', written, plain)
					: msg.other(setting.key, kind === 'bool', written, value.type),
				fixes: plain === undefined ? [] : [{ title: msg.fix(plain), preferred: true, safe: true, changes: [{ span: setting.valueSpan, newText: plain }] }],
			}];
		});
	},
};

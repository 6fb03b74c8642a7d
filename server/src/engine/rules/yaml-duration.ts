import { yamlSettings } from './shared/yamlChecks';
import type { Rule } from './rule';
import { parseGoDuration } from '../parsers/goValues';

/**
 * A duration option written as `5s` in YAML: etcd reads YAML durations as integer nanoseconds, so the Go spelling
 * that works on the command line stops etcd when it reads the file. The fix writes the same span in nanoseconds.
 */
export const yamlDuration: Rule = {
	id: 'yaml-duration',
	severity: 'error',
	sees: 'parsed',
	check(doc, ctx) {
		const msg = ctx.msg['yaml-duration'];
		return yamlSettings(doc).flatMap(setting => {
			const value = setting.yaml;
			if (setting.option?.yamlValue !== 'duration' || value.kind !== 'scalar' || value.integer !== undefined || value.type === 'null') return [];
			const parsed = value.type === 'string' ? parseGoDuration(value.text.trim()) : undefined;
			const nanoseconds = parsed?.ok ? BigInt(Math.round(parsed.value)).toString() : undefined;
			const written = doc.text.slice(setting.valueSpan.start, setting.valueSpan.end);
			return [{
				span: setting.valueSpan,
				message: msg.message(setting.key, written, nanoseconds),
				fixes: nanoseconds === undefined ? [] : [{ title: msg.fix(nanoseconds), preferred: true, safe: true, changes: [{ span: setting.valueSpan, newText: nanoseconds }] }],
			}];
		});
	},
};

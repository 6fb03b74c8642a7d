import { yamlSettings } from '../etcd/yamlChecks';
import { parseGoDuration } from '../etcd/values';
import type { Rule } from './rule';

/**
 * A duration option written as `5s` in YAML: etcd reads YAML durations as integer nanoseconds, so the Go spelling
 * that works on the command line stops etcd when it reads the file. The fix writes the same span in nanoseconds.
 */
export const yamlDuration: Rule = {
	id: 'yaml-duration',
	severity: 'error',
	check(doc) {
		return yamlSettings(doc).flatMap(setting => {
			const value = setting.yaml;
			if (setting.option?.yamlValue !== 'duration' || value.kind !== 'scalar' || value.integer !== undefined || value.type === 'null') return [];
			const parsed = value.type === 'string' ? parseGoDuration(value.text.trim()) : undefined;
			const nanoseconds = parsed?.ok ? BigInt(Math.round(parsed.value)).toString() : undefined;
			const written = doc.text.slice(setting.valueSpan.start, setting.valueSpan.end);
			return [{
				span: setting.valueSpan,
				message: `${setting.key} is read from YAML as a whole number of nanoseconds, so etcd refuses ${written}: `
					+ (nanoseconds !== undefined ? `write ${nanoseconds}.` : 'write e.g. 5000000000 for 5 seconds.'),
				fixes: nanoseconds === undefined ? [] : [{ title: `Write ${nanoseconds} (nanoseconds)`, preferred: true, safe: true, changes: [{ span: setting.valueSpan, newText: nanoseconds }] }],
			}];
		});
	},
};

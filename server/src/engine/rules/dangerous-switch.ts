import { removeSetting } from '../dialects';
import type { Rule } from './rule';
import { parseGoBool } from '../parsers/goValues';

/** The switches, by option name; what each one risks is in the catalogue under the same name. */
const dangers = ['force-new-cluster', 'unsafe-no-fsync'] as const;
type Danger = typeof dangers[number];

/** Switches meant for one emergency or for tests, left on. */
export const dangerousSwitch: Rule = {
	id: 'dangerous-switch',
	severity: 'warning',
	check(doc, ctx) {
		const msg = ctx.msg['dangerous-switch'];
		return doc.settings.flatMap(setting => {
			const danger = dangers.find(name => name === setting.option?.name) as Danger | undefined;
			const on = parseGoBool(setting.value);
			if (!danger || !on.ok || !on.value) return [];
			return [{
				span: { start: setting.keySpan.start, end: setting.valueSpan.end },
				message: msg.message(setting.key, msg[danger]),
				fixes: [{ title: msg.remove(setting.key), changes: [removeSetting(doc, setting)] }],
			}];
		});
	},
};

import { parseGoBool } from '../etcd/values';
import { removeSpan } from '../edits';
import type { Rule } from './rule';

const dangers: Readonly<Record<string, string>> = {
	'force-new-cluster': 'rewrites the membership to this member alone on every start: use it for one recovery start, then remove it',
	'unsafe-no-fsync': 'skips fsync, so a power loss can lose or corrupt committed data: never on a production member',
};

/** H13: switches meant for one emergency or for tests, left on. */
export const dangerousSwitch: Rule = {
	id: 'dangerous-switch',
	severity: 'warning',
	check(doc) {
		return doc.settings.flatMap(setting => {
			const danger = setting.option && dangers[setting.option.name];
			const on = parseGoBool(setting.value);
			if (!danger || !on.ok || !on.value) return [];
			return [{
				span: { start: setting.keySpan.start, end: setting.valueSpan.end },
				message: `${setting.key} is on: it ${danger}.`,
				fixes: setting.source === 'env' ? [{ title: `Remove ${setting.key}`, changes: [removeSpan(setting.statementSpan)] }] : [],
			}];
		});
	},
};

import { isSet } from '../cluster/membership';
import { effectiveSetting } from '../dialects/effective';
import type { Rule } from './rule';

/** A member bootstraps one way only: a static list, v2 discovery, DNS SRV, or (3.6+) v3 discovery. */
export const multipleBootstrap: Rule = {
	id: 'multiple-bootstrap',
	severity: 'error',
	check(doc, ctx) {
		const methods = ['initial-cluster', 'discovery', 'discovery-srv'];
		if (ctx.version === '3.6' || ctx.version === '3.7') methods.push('discovery-endpoints');
		const used = methods.filter(name => isSet(doc, name)).map(name => effectiveSetting(doc, name)!);
		if (used.length < 2) return [];
		const keys = used.map(s => s.key).join(', ');
		return used.map(setting => ({
			span: setting.keySpan,
			message: ctx.msg['multiple-bootstrap'].message(keys),
			related: used.filter(other => other !== setting).map(other => ({ span: other.keySpan, message: ctx.msg['multiple-bootstrap'].related })),
		}));
	},
};

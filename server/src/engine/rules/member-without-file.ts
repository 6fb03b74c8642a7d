import { memberFacts } from '../cluster/members';
import { parseInitialCluster } from '../etcd/urls';
import type { Rule } from './rule';

/**
 * A member in the cluster list with no file here. Said once per cluster (on its first file), and only where
 * several member files sit together: a lone file says nothing about where the others are kept.
 */
export const memberWithoutFile: Rule = {
	id: 'member-without-file',
	severity: 'information',
	check(doc, ctx) {
		if (ctx.siblings.length === 0 || ctx.siblings.some(sibling => sibling.uri < doc.uri)) return [];
		const all = [doc, ...ctx.siblings].map(memberFacts);
		const own = all[0];
		if (!own.list) return [];
		const named = new Set(all.map(f => f.memberName).filter(n => n !== undefined));
		// Blanks around names are member-name-blanks' finding; here they would only hide which file is meant.
		const missing = [...new Set(parseInitialCluster(own.list.value).map(m => m.name.trim()))].filter(name => !named.has(name));
		if (missing.length === 0) return [];
		return [{
			span: own.list.keySpan,
			message: ctx.msg['member-without-file'].message(missing.map(n => `'${n}'`).join(', '), missing.length),
		}];
	},
};

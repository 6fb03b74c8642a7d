import { describeFiles, memberFacts } from '../cluster/members';
import { joinsAsNew } from '../cluster/joining';
import { effectiveSetting } from '../dialects/effective';
import type { Fix, Rule } from './rule';
import { addSetting, replaceValue, spelled } from '../dialects';

/**
 * A member added to a running cluster that still says `new`: its list is the founders' list plus itself, which
 * only a member added later has. With `new` it computes a cluster ID of its own and the running members never
 * accept it; it must start with `existing`.
 */
export const joinStateNew: Rule = {
	id: 'join-state-new',
	severity: 'error',
	check(doc, ctx) {
		const own = memberFacts(doc);
		const founders = joinsAsNew(own, ctx.siblings.map(memberFacts));
		if (!founders || !own.list) return [];
		const msg = ctx.msg['join-state-new'];
		const state = effectiveSetting(doc, 'initial-cluster-state');
		const added = state ? undefined : addSetting(doc, own.list, 'initial-cluster-state', 'existing');
		const fixes: Fix[] = state
			? [{ title: msg.existing, preferred: true, changes: [replaceValue(doc, state, 'existing')] }]
			: added ? [{ title: msg.add(added.text), preferred: true, changes: [added.change] }] : [];
		return [{
			span: state?.valueSpan ?? own.list.keySpan,
			message: msg.message(own.memberName!, describeFiles(founders, ctx.msg), spelled('initial-cluster-state', own.list)),
			related: founders.map(f => ({ doc: f.doc, span: f.list!.valueSpan, message: msg.related })),
			fixes,
		}];
	},
};

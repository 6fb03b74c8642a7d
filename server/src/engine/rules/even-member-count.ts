import { memberNames, memberView } from '../cluster/membership';
import type { Rule } from './rule';

/** Quorum is n/2+1, so an even member count tolerates no more failures than one member fewer. */
export const evenMemberCount: Rule = {
	id: 'even-member-count',
	severity: 'information',
	check(doc, ctx) {
		const { cluster, members } = memberView(doc);
		const count = memberNames(members).length;
		if (!cluster || count === 0 || count % 2 === 1) return [];
		const tolerated = Math.floor((count - 1) / 2);
		return [{
			span: cluster.keySpan,
			message: ctx.msg['even-member-count'].message(count, Math.floor(count / 2) + 1, tolerated),
		}];
	},
};

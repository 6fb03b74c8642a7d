import { memberNames, memberView } from '../etcd/membership';
import type { Rule } from './rule';

/** H4: quorum is n/2+1, so an even member count tolerates no more failures than one member fewer. */
export const evenMemberCount: Rule = {
	id: 'even-member-count',
	severity: 'information',
	check(doc) {
		const { cluster, members } = memberView(doc);
		const count = memberNames(members).length;
		if (!cluster || count === 0 || count % 2 === 1) return [];
		const tolerated = Math.floor((count - 1) / 2);
		return [{
			span: cluster.keySpan,
			message: `${count} members need ${Math.floor(count / 2) + 1} for quorum and tolerate ${tolerated} failure${tolerated === 1 ? '' : 's'}, as ${count - 1} would: an odd count gives the same safety for less.`,
		}];
	},
};

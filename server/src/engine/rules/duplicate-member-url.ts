import { memberView } from '../etcd/membership';
import { valueSubspan } from '../model';
import type { Problem, Rule } from './rule';

/** C3: one peer URL under two member names makes both members claim the same address; a new member refuses it. */
export const duplicateMemberUrl: Rule = {
	id: 'duplicate-member-url',
	severity: 'error',
	check(doc, ctx) {
		const { cluster, members } = memberView(doc);
		if (!cluster) return [];
		const problems: Problem[] = [];
		members.forEach((member, index) => {
			const first = members.slice(0, index).find(m => m.url === member.url && m.name !== member.name && member.url !== '');
			if (!first) return;
			problems.push({
				span: valueSubspan(cluster, member.urlFrom, member.urlTo),
				message: ctx.msg['duplicate-member-url'].message(member.url, first.name, member.name),
				related: [{ span: valueSubspan(cluster, first.urlFrom, first.urlTo), message: ctx.msg['duplicate-member-url'].related(first.name) }],
			});
		});
		return problems;
	},
};

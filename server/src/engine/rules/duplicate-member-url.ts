import { memberView } from '../cluster/membership';
import { valueSubspan } from '../model/configDocument';
import type { Problem, Rule } from './rule';

/** One peer URL under two member names makes both members claim the same address; a new member refuses it. */
export const duplicateMemberUrl: Rule = {
	id: 'duplicate-member-url',
	severity: 'error',
	check(doc, ctx) {
		const { cluster, members } = memberView(doc);
		if (!cluster) return [];
		const problems: Problem[] = [];
		// Per URL, the first member listed under it and the first one under another name than that: together they
		// give the first earlier member of another name for any later one, without searching the list again.
		const firstAt = new Map<string, typeof members[number]>();
		const firstOtherAt = new Map<string, typeof members[number]>();
		members.forEach(member => {
			const earliest = firstAt.get(member.url);
			const first = member.url === '' || !earliest ? undefined : earliest.name !== member.name ? earliest : firstOtherAt.get(member.url);
			if (!earliest) firstAt.set(member.url, member);
			else if (earliest.name !== member.name && !firstOtherAt.has(member.url)) firstOtherAt.set(member.url, member);
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

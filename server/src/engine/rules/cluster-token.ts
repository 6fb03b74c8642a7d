import { memberNames, memberView } from '../cluster/membership';
import { effectiveSetting } from '../dialects/effective';
import { hasTemplate } from '../parsers/templates';
import type { Rule } from './rule';
import { addSetting, replaceValue, spelled } from '../dialects';

const defaultToken = 'etcd-cluster';

/**
 * Member and cluster IDs are derived from the peer URLs and this token. Two clusters bootstrapped with the
 * default token on overlapping addresses get the same IDs and can take each other's members for their own.
 */
export const clusterToken: Rule = {
	id: 'cluster-token',
	severity: 'warning',
	check(doc, ctx) {
		const { cluster, members } = memberView(doc);
		if (!cluster || memberNames(members).length < 2) return [];
		const token = effectiveSetting(doc, 'initial-cluster-token');
		if (token && hasTemplate(token.value)) return [];
		if (token && token.value !== '' && token.value !== defaultToken) return [];
		const fresh = ctx.newToken();
		const change = token ? replaceValue(doc, token, fresh) : addSetting(doc, cluster, 'initial-cluster-token', fresh)?.change;
		return [{
			span: token ? (token.value !== '' ? token.valueSpan : token.keySpan) : cluster.keySpan,
			message: token && token.value !== '' ? ctx.msg['cluster-token'].defaultToken(defaultToken) : ctx.msg['cluster-token'].noToken(defaultToken, spelled('initial-cluster-token', cluster)),
			// An empty token's line: that the value is empty is this finding's point, not another one.
			explains: token?.statementSpan,
			fixes: change && [{ title: ctx.msg['cluster-token'].generate, preferred: true, changes: [change] }],
		}];
	},
};

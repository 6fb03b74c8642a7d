import type { CodeLens } from 'vscode-languageserver-types';
import { memberFacts } from '../cluster/members';
import type { EngineContext } from '../validate/context';
import { messagesFor } from '../l10n/messages';
import { type ConfigDocument } from '../model/configDocument';
import { effectiveSetting } from '../dialects/effective';
import { parseInitialCluster } from '../etcd/urls';
import { hasTemplate } from '../parsers/templates';
import { rangeOf } from '../text/lineIndex';

/** The client command a lens runs: lists the cluster's files to open one (`etcd.showClusterFiles`). */
export const showClusterFilesCommand = 'etcd.showClusterFiles';

/** Above ETCD_INITIAL_CLUSTER: members, quorum, tolerated failures, how many have a file here, whether they agree. */
export function codeLenses(doc: ConfigDocument, ctx: EngineContext): CodeLens[] {
	const cluster = ctx.cluster;
	const list = effectiveSetting(doc, 'initial-cluster');
	if (!list || list.value === '' || hasTemplate(list.value)) return [];
	const names = [...new Set(parseInitialCluster(list.value).map(m => m.name))];
	const count = names.length;
	const quorum = Math.floor(count / 2) + 1;
	const tolerated = count - quorum;
	const files = [doc, ...cluster];
	const withFile = names.filter(name => files.some(f => memberFacts(f).name?.value === name)).length;
	const founding = files.map(memberFacts).filter(f => f.founding && f.pairs);
	const agree = founding.every(f => f.pairs!.join() === founding[0].pairs!.join() && f.token === founding[0].token);
	const msg = messagesFor(ctx.locale).features.lens;
	const parts = [msg.members(count), msg.quorum(quorum), msg.tolerates(tolerated), msg.withFile(withFile, count)];
	if (files.length > 1) parts.push(agree ? msg.agree : msg.disagree);
	return [{
		range: rangeOf(doc.lines, list.keySpan),
		command: { title: parts.join(' · '), command: showClusterFilesCommand, arguments: [files.map(f => f.uri)] },
	}];
}

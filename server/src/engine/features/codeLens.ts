import type { CodeLens } from 'vscode-languageserver-types';
import { clusterStory } from '../cluster/joining';
import { fileAndService } from '../cluster/loading';
import { memberFacts } from '../cluster/members';
import { patroniLabel } from '../cluster/patroniCluster';
import type { EngineContext } from '../validate/context';
import { messagesFor } from '../l10n/messages';
import { fileUriOf, type ConfigDocument } from '../model/configDocument';
import { effectiveSetting } from '../dialects/effective';
import { hasTemplate } from '../parsers/templates';
import { rangeOf } from '../text/lineIndex';

/** The client command a lens runs: lists the cluster's files to open one (`etcd.showClusterFiles`). */
export const showClusterFilesCommand = 'etcd.showClusterFiles';

/**
 * Above ETCD_INITIAL_CLUSTER: members, quorum, tolerated failures, how many have a file here, which files form the
 * cluster and whether they agree, then the Patroni nodes that talk to it; its command lists all these files. Every
 * file of the cluster tells the same story: the members are those any of its files lists (the founders and the
 * members added since), not those of this file's own list.
 */
export function codeLenses(doc: ConfigDocument, ctx: EngineContext): CodeLens[] {
	const list = effectiveSetting(doc, 'initial-cluster');
	if (!list || list.value === '' || hasTemplate(list.value)) return [];
	const files = [doc, ...ctx.cluster];
	const story = clusterStory(files);
	const count = story.members.length;
	const quorum = Math.floor(count / 2) + 1;
	const msg = messagesFor(ctx.locale).features.lens;
	const parts = [msg.members(count), msg.quorum(quorum), msg.tolerates(count - quorum), msg.withFile(story.withFile, count)];
	if (files.length > 1) parts.push(msg.files(files.map(fileLabel).sort().join(', ')), story.agree ? msg.agree : msg.disagree);
	const patroni = ctx.patroni.map(file => file.uri).sort();
	if (patroni.length > 0) parts.push(msg.patroni([...new Set(ctx.patroni.map(patroniLabel))].sort().join(', ')));
	// The units and compose files that load this env file: the rest of this member.
	const loading = ctx.links.filter(link => link.loaded.uri === doc.uri).map(link => link.loader);
	const loaders = [...new Set(loading.map(loader => fileUriOf(loader.uri)))].sort();
	if (loading.length > 0) parts.push(msg.loadedBy([...new Set(loading.map(fileAndService))].sort().join(', ')));
	const tooltip = [...files.map(f => f.uri).sort(), ...patroni, ...loaders].join('\n');
	return [{
		range: rangeOf(doc.lines, list.keySpan),
		command: { title: parts.join(' · '), tooltip, command: showClusterFilesCommand, arguments: [[...files.map(f => f.uri), ...patroni, ...loaders]] },
	}];
}

/** A file by its member's name, or by its last two path segments when it has none. */
function fileLabel(doc: ConfigDocument): string {
	return memberFacts(doc).memberName ?? decodeURIComponent(doc.uri.split('/').slice(-2).join('/'));
}

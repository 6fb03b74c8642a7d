import { documentInput, inputOf } from '../dialects';
import { availableAt } from '../etcd/availability';
import type { Target } from '../etcd/versions';
import type { ConfigDocument, Setting } from '../model/configDocument';
import { configFileSetting } from '../rules/shared/keyChecks';
import type { RuleView } from '../rules/rule';
import { clusterOfSiblings, rememberSiblings } from '../cluster/perCluster';

/*
 * The document as a rule sees it (Rule.sees). etcd never reads the value of an option its release lacks (a variable
 * is only warned about, a YAML key skipped, a flag stops it before), and with a config file it reads no other
 * variable and uses no other flag: such settings are left out of what value and consistency rules are shown, so no
 * rule calls their values errors. Settings that name no option (DAEMON_ARGS, unknown keys) always stay.
 */
export function viewOf(doc: ConfigDocument, target: Target, view: RuleView = 'used'): ConfigDocument {
	if (view === 'written') return doc;
	// One object per document and view: the caches keyed by document (member facts, a cluster's tallies) hold.
	const key = `${target.release} ${view}`;
	let views = viewsByDoc.get(doc);
	if (!views) viewsByDoc.set(doc, views = new Map());
	let seen = views.get(key);
	if (!seen) views.set(key, seen = makeView(doc, target, view));
	return seen;
}

const viewsByDoc = new WeakMap<ConfigDocument, Map<string, ConfigDocument>>();
const viewsByList = new WeakMap<readonly ConfigDocument[], Map<string, readonly ConfigDocument[]>>();

/**
 * The other members of a cluster seen the same way: the same array as long as every member is seen as it is, and
 * else one array per list and view, which perCluster knows as that cluster's (each member's rules must find the
 * cluster's tallies without walking it again: thousands of members).
 */
export function viewsOf(docs: readonly ConfigDocument[], target: Target, view: RuleView): readonly ConfigDocument[] {
	// A cluster whose members this view leaves as they are: any list of them stays as it is.
	const cluster = clusterOfSiblings(docs);
	if (cluster && viewsOf(cluster, target, view) === cluster) return docs;
	const key = `${target.release} ${view}`;
	let lists = viewsByList.get(docs);
	if (!lists) viewsByList.set(docs, lists = new Map());
	let seen = lists.get(key);
	if (seen) return seen;
	const mapped = docs.map(doc => viewOf(doc, target, view));
	seen = mapped.every((doc, i) => doc === docs[i]) ? docs : mapped;
	lists.set(key, seen);
	if (seen !== docs && cluster) rememberSiblings(seen, viewsOf(cluster, target, view));
	return seen;
}

function makeView(doc: ConfigDocument, target: Target, view: RuleView): ConfigDocument {
	const configMode = documentInput(doc) === 'environment' && configFileSetting(doc) !== undefined;
	const kept = (setting: Setting) => keeps(setting, target, view, configMode);
	// Most documents keep every setting: no copy of their list only to find that out.
	return doc.settings.every(kept) ? doc : { ...doc, settings: doc.settings.filter(kept) };
}

function keeps(setting: Setting, target: Target, view: RuleView, configMode: boolean): boolean {
	const option = setting.option;
	if (!option) return true;
	const input = inputOf(setting);
	if (!availableAt(option, target, input === 'config-file')) return false;
	if (!configMode || option.name === 'config-file') return true;
	// The command line is parsed before etcd turns to the file: a flag it cannot read still stops it.
	return input === 'command-line' && view === 'parsed';
}

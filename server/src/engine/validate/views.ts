import { documentInput, inputOf } from '../dialects';
import { availableAt } from '../etcd/availability';
import type { Target } from '../etcd/versions';
import type { ConfigDocument, Setting } from '../model/configDocument';
import { configFileSetting } from '../rules/shared/keyChecks';
import type { RuleView } from '../rules/rule';

/*
 * The document as a rule sees it (Rule.sees). etcd never reads the value of an option its release lacks (a variable
 * is only warned about, a YAML key skipped, a flag stops it before), and with a config file it reads no other
 * variable and uses no other flag: such settings are left out of what value and consistency rules are shown, so no
 * rule calls their values errors. Settings that name no option (DAEMON_ARGS, unknown keys) always stay.
 */
export function viewOf(doc: ConfigDocument, target: Target, view: RuleView = 'used'): ConfigDocument {
	if (view === 'written') return doc;
	const configMode = documentInput(doc) === 'environment' && configFileSetting(doc) !== undefined;
	const kept = doc.settings.filter(setting => keeps(setting, target, view, configMode));
	return kept.length === doc.settings.length ? doc : { ...doc, settings: kept };
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

import type { ConfigDocument, Setting } from '../model/configDocument';
import type { Dialect, DocumentDialect } from './dialect';
import { envDialect } from './envDialect';
import { daemonArgsFlagDialect } from './flagDialect';
import { unitEnvDialect } from './unitEnvDialect';
import { unitFlagDialect } from './unitFlagDialect';
import { yamlDialect } from './yamlDialect';
import { composeEnvDialect, kubernetesEnvDialect } from './containerEnvDialect';
import { itemFlagDialect } from './itemFlagDialect';
import { wordFlagDialect } from './wordFlagDialect';

/*
 * The one place that looks at how a setting was written and picks its dialect. Everything else asks the dialect.
 */

const bySource: Readonly<Record<Setting['source'], Dialect>> = {
	env: envDialect,
	flag: daemonArgsFlagDialect,
	yaml: yamlDialect,
	'unit-flag': unitFlagDialect,
	'unit-env': unitEnvDialect,
	'item-flag': itemFlagDialect,
	'word-flag': wordFlagDialect,
	'k8s-env': kubernetesEnvDialect,
	'compose-env': composeEnvDialect,
};

const byFormat: Readonly<Record<ConfigDocument['format'], DocumentDialect>> = {
	env: envDialect,
	yaml: yamlDialect,
	unit: unitEnvDialect,
	kubernetes: kubernetesEnvDialect,
	compose: composeEnvDialect,
};

export function dialectOf(setting: Setting): Dialect {
	return bySource[setting.source];
}

/** The dialect of the document's own statements: its lines, or its YAML keys. */
export function documentDialect(doc: ConfigDocument): DocumentDialect {
	return byFormat[doc.format];
}

/** The dialect that writes `ETCD_*` variables into this document, if its carrier can hold any. */
export function variableDialect(doc: ConfigDocument): Dialect | undefined {
	return doc.format === 'yaml' ? undefined : byFormat[doc.format];
}

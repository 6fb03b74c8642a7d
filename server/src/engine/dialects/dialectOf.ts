import type { ConfigDocument, Setting } from '../model/configDocument';
import type { Dialect, DocumentDialect } from './dialect';
import { envDialect } from './envDialect';
import { daemonArgsFlagDialect } from './flagDialect';
import { unitEnvDialect } from './unitEnvDialect';
import { unitFlagDialect } from './unitFlagDialect';
import { yamlDialect } from './yamlDialect';

/*
 * The one place that looks at how a setting was written and picks its dialect. Everything else asks the dialect.
 */

const bySource: Readonly<Record<Setting['source'], Dialect>> = {
	env: envDialect,
	flag: daemonArgsFlagDialect,
	yaml: yamlDialect,
	'unit-flag': unitFlagDialect,
	'unit-env': unitEnvDialect,
};

export function dialectOf(setting: Setting): Dialect {
	return bySource[setting.source];
}

/** The dialect of the document's own statements: its lines, or its YAML keys. */
export function documentDialect(doc: ConfigDocument): DocumentDialect {
	return doc.format === 'yaml' ? yamlDialect : doc.format === 'unit' ? unitEnvDialect : envDialect;
}

/** The dialect that writes `ETCD_*` variables into this document, if its carrier can hold any. */
export function variableDialect(doc: ConfigDocument): Dialect | undefined {
	return doc.format === 'yaml' ? undefined : doc.format === 'unit' ? unitEnvDialect : envDialect;
}

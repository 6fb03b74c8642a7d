import { cliMessagesEn, type CliMessages } from './cli.en';
import { convertMessagesEn, type ConvertMessages } from './convert.en';
import { featureMessagesEn, type FeatureMessages } from './features.en';
import { hoverEn, type HoverMessages } from './hover.en';
import { russian } from './loadRussian';
import { patroniEn, type PatroniMessages } from './patroni.en';
import type { Locale } from './locale';
import { ruleMessagesEn, type RuleMessages } from './rules.en';

/**
 * Every user-facing string of the engine, by area. Each area is an English object and a Russian one typed as the
 * English one's type, so a key missing in either language does not compile; test/engine/l10n.test.ts checks that
 * no string is empty.
 */
export interface Messages {
	readonly hover: HoverMessages;
	readonly rules: RuleMessages;
	readonly features: FeatureMessages;
	readonly convert: ConvertMessages;
	readonly patroni: PatroniMessages;
	/** etcd-config-lint's own output; the engine never uses it, but it is checked with the rest. */
	readonly cli: CliMessages;
}

const messagesEn: Messages = { hover: hoverEn, rules: ruleMessagesEn, features: featureMessagesEn, convert: convertMessagesEn, patroni: patroniEn, cli: cliMessagesEn };

export function messagesFor(locale: Locale = 'en'): Messages {
	return locale === 'ru' ? russian().messagesRu : messagesEn;
}

import { cliMessagesEn, type CliMessages } from './cli.en';
import { cliMessagesRu } from './cli.ru';
import { convertMessagesEn, type ConvertMessages } from './convert.en';
import { convertMessagesRu } from './convert.ru';
import { featureMessagesEn, type FeatureMessages } from './features.en';
import { featureMessagesRu } from './features.ru';
import { hoverEn, type HoverMessages } from './hover.en';
import { hoverRu } from './hover.ru';
import type { Locale } from './locale';
import { ruleMessagesEn, type RuleMessages } from './rules.en';
import { ruleMessagesRu } from './rules.ru';

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
	/** etcd-config-lint's own output; the engine never uses it, but it is checked with the rest. */
	readonly cli: CliMessages;
}

const catalogues: Readonly<Record<Locale, Messages>> = {
	en: { hover: hoverEn, rules: ruleMessagesEn, features: featureMessagesEn, convert: convertMessagesEn, cli: cliMessagesEn },
	ru: { hover: hoverRu, rules: ruleMessagesRu, features: featureMessagesRu, convert: convertMessagesRu, cli: cliMessagesRu },
};

export function messagesFor(locale: Locale = 'en'): Messages {
	return catalogues[locale];
}

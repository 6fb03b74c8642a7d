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
}

const catalogues: Readonly<Record<Locale, Messages>> = {
	en: { hover: hoverEn, rules: ruleMessagesEn, features: featureMessagesEn, convert: convertMessagesEn },
	ru: { hover: hoverRu, rules: ruleMessagesRu, features: featureMessagesRu, convert: convertMessagesRu },
};

export function messagesFor(locale: Locale = 'en'): Messages {
	return catalogues[locale];
}

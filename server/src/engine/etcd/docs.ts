import type { Locale } from '../l10n/locale';
import { docsEn } from './docs.en';
import { docsRu } from './docs.ru';
import type { OptionDoc } from './optionDoc';

const docs: Readonly<Record<Locale, Readonly<Record<string, OptionDoc>>>> = { en: docsEn, ru: docsRu };

/** Our explanation of an option, by its canonical name, in the given language (English by default). */
export function docFor(optionName: string, locale: Locale = 'en'): OptionDoc | undefined {
	return docs[locale][optionName];
}

/** The languages every user-facing string exists in; English is the default and the language of the tests. */
export type Locale = 'en' | 'ru';

export const locales: readonly Locale[] = ['en', 'ru'];

/** `etcd.language`: `auto` follows the editor's display language. */
export type LanguageSetting = 'auto' | Locale;

/**
 * The locale to answer in: the setting when it names one, else the editor's display language (the LSP `initialize`
 * request's `locale`, a BCP 47 tag such as `ru` or `ru-RU`), else English.
 */
export function resolveLocale(setting: LanguageSetting | undefined, clientLocale: string | undefined): Locale {
	if (setting === 'en' || setting === 'ru') return setting;
	const primary = clientLocale?.toLowerCase().split(/[-_]/)[0];
	return primary === 'ru' ? 'ru' : 'en';
}

/** Russian numerals take one of three forms: 1 узел, 2 узла, 5 узлов (11–14 take the third). */
export function pluralRu(count: number | bigint, one: string, few: string, many: string): string {
	const n = Number(count < 0 ? -count : count);
	const tens = n % 100;
	const units = n % 10;
	if (tens >= 11 && tens <= 14) return many;
	if (units === 1) return one;
	if (units >= 2 && units <= 4) return few;
	return many;
}

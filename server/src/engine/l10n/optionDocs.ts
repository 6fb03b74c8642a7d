import { russian } from './loadRussian';
import type { Locale } from './locale';
import type { OptionDoc } from './optionDoc';

type OptionDocs = Readonly<Record<string, OptionDoc>>;

/*
 * The docs are read only by hover, never on the way to the first diagnostics: they are required on first use (Node
 * keeps them after that), and bundled as dist/docs.en.js (the Russian ones in dist/russian.js) beside the server.
 */
function docsIn(locale: Locale): OptionDocs {
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- required on first use, on purpose (above)
	return locale === 'ru' ? russian().docsRu : (require('./optionDocs.en') as typeof import('./optionDocs.en')).docsEn;
}

/** Loads the docs of a language ahead of the first hover (the server does it once it has nothing else to do). */
export function preloadDocs(locale: Locale): void {
	docsIn(locale);
}

/** Our explanation of an option, by its canonical name, in the given language (English by default). */
export function docFor(optionName: string, locale: Locale = 'en'): OptionDoc | undefined {
	return docsIn(locale)[optionName];
}

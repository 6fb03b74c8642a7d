import { docsEn } from './docs.en';
import type { OptionDoc } from './optionDoc';

/** Our explanation of an option, by its canonical name. */
export function docFor(optionName: string): OptionDoc | undefined {
	return docsEn[optionName];
}

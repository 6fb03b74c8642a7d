import { docsRuPartA } from './optionDocsRuPartA';
import { docsRuPartB } from './optionDocsRuPartB';
import type { OptionDoc } from './optionDoc';

/** Our explanation of every etcd option, in Russian: the same facts and examples as `docsEn`, written in two parts. */
export const docsRu: Readonly<Record<string, OptionDoc>> = { ...docsRuPartA, ...docsRuPartB };

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { hover } from '../../server/src/engine/features/hover';
import type { Locale } from '../../server/src/engine/l10n/locale';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { mark } from '../markers';
import { contextOf, diagnose } from '../engineContext';

/*
 * One story about new and existing, wherever the user meets it: etcd reads the state only while the data directory
 * holds no WAL (v3.5.33:server/etcdserver/server.go:359); after the first start the file should say existing.
 */

function hoverText(source: string, locale: Locale): string {
	const { text, cursor } = mark(source);
	const doc = parseDocument('file:///story/etcd', text);
	return (hover(doc, cursor!, contextOf(doc, { locale }))!.contents as MarkupContent).value;
}

const advice: Record<Locale, RegExp> = { en: /switch (every member )?to `?existing/i, ru: /переключите (все узлы )?на `?existing/i };
const contrary: Record<Locale, RegExp> = { en: /no need|harmless|re-joins/i, ru: /не нужно|безвредн|не вредит/i };

describe('new and existing: one story', () => {
	for (const locale of ['en', 'ru'] as const) {
		it(`${locale}: the option's hover, the value's hover and the note all say to switch after the first start`, () => {
			const texts = [
				hoverText('ETCD_INITIAL_CLUSTER_ST‸ATE="new"\n', locale),
				hoverText('ETCD_INITIAL_CLUSTER_STATE="n‸ew"\n', locale),
				String(diagnose(parseDocument('file:///story/etcd', 'ETCD_INITIAL_CLUSTER_STATE="new"\n'), { locale })[0].message),
			];
			for (const text of texts) {
				assert.match(text, advice[locale]);
				assert.doesNotMatch(text, contrary[locale]);
			}
		});
	}

	it('stops once the file says existing: the choice is the file\'s', () => {
		const doc = parseDocument('file:///story/etcd', 'ETCD_INITIAL_CLUSTER_STATE="existing"\n');
		assert.deepEqual(diagnose(doc).filter(d => d.code === 'state-new'), []);
		assert.doesNotMatch(hoverText('ETCD_INITIAL_CLUSTER_STATE="exis‸ting"\n', 'en'), /switch/i);
	});
});

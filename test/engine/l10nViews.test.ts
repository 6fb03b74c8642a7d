import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeLenses } from '../../server/src/engine/features/codeLens';
import { inlayHints } from '../../server/src/engine/features/inlayHints';
import { documentSymbols } from '../../server/src/engine/features/symbols';
import type { Locale } from '../../server/src/engine/l10n/locale';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { contextOf } from '../engineContext';

/* Inlay hints, the outline's group names and the cluster code lens follow the locale; English stays as it was. */

const everything = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } };
const hints = (text: string, locale?: Locale) => { const doc = parseDocument('file:///v/etcd', text); return inlayHints(doc, everything, contextOf(doc, { locale })).map(h => h.label); };
const member = (name: string) => parseDocument(`file:///v/${name}/etcd`, `ETCD_NAME=${name}\nETCD_INITIAL_CLUSTER="pg1=http://10.0.0.1:2380,pg2=http://10.0.0.2:2380,pg3=http://10.0.0.3:2380"\nETCD_INITIAL_CLUSTER_STATE=new\nETCD_INITIAL_CLUSTER_TOKEN=t1\n`);
const lens = (locale?: Locale) => { const doc = member('pg1'); return codeLenses(doc, contextOf(doc, { locale }, [member('pg2')]))[0]?.command?.title; };
const outline = (locale?: Locale) => { const doc = parseDocument('file:///v/etcd', 'ETCD_NAME=pg1\nETCD_INITIAL_CLUSTER_STATE=new\nETCD_CERT_FILE=/c.crt\nMY_VAR=1\n'); return documentSymbols(doc, contextOf(doc, { locale })).map(s => s.name); };
const text = 'ETCD_HEARTBEAT_INTERVAL="100"\nETCD_QUOTA_BACKEND_BYTES=100\nETCD_GRPC_KEEPALIVE_MIN_TIME=90s\nETCD_LOG_LEVEL=\nETCD_ELECTION_TIMEOUT=\n';

describe('views in Russian', () => {
	it('labels inlay hints in the locale', () => {
		assert.deepEqual(hints(text), ['ms', 'bytes', '= 1 min 30 s', 'default: info', 'default: 1000']);
		assert.deepEqual(hints(text, 'ru'), ['мс', 'байт', '= 1 мин 30 с', 'по умолчанию: info', 'по умолчанию: 1000']);
	});

	it('names the outline groups in the locale', () => {
		assert.deepEqual(outline(), ['Member', 'Clustering', 'Security', 'Other variables']);
		assert.deepEqual(outline('ru'), ['Узел', 'Кластер', 'Безопасность', 'Прочие переменные']);
	});

	it('writes the cluster lens in the locale, with Russian plurals', () => {
		assert.equal(lens(), '3 members · quorum 2 · tolerates 1 failure · 2 of 3 with a file here · files: pg1, pg2 · they agree');
		assert.equal(lens('ru'), '3 узла · кворум 2 · переживёт отказ 1 узла · файлы есть у 2 из 3 · файлы: pg1, pg2 · файлы согласованы');
	});
});

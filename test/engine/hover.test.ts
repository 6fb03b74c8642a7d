import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { hover } from '../../server/src/engine/features/hover';
import { parseDocument } from '../../server/src/engine/parse/parseDocument';
import { mark } from '../markers';
import { contextOf } from '../engineContext';

function hoverText(source: string, version: '3.4' | '3.5' | '3.6' = '3.5'): string {
	const { text, cursor } = mark(source);
	const doc = parseDocument('file:///h/etcd', text);
	const result = hover(doc, cursor!, contextOf(doc, { version }));
	return result ? (result.contents as MarkupContent).value : '';
}

describe('hover', () => {
	it('names a flag as written first', () => {
		assert.match(hoverText('DAEMON_ARGS="--log-le‸vel debug"\n'), /^\*\*--log-level\*\* · `ETCD_LOG_LEVEL`/);
		assert.match(hoverText('ETCD_LOG_LE‸VEL=debug\n'), /^\*\*ETCD_LOG_LEVEL\*\* · `--log-level`/);
	});
	it('explains leftover flags and variables without calling them unknown', () => {
		assert.match(hoverText('DAEMON_ARGS="--con‸fig /x"\n'), /left over from etcd 2[\s\S]*`--config-file`[\s\S]*switch/);
		assert.match(hoverText('ETCD_CON‸FIG=/x\n'), /does \*\*not\*\* load a configuration file: that is `ETCD_CONFIG_FILE`/);
	});
	it('says what --help and ETCD_VERSION really do', () => {
		assert.match(hoverText('DAEMON_ARGS="--he‸lp"\n'), /print its usage and exit/);
		assert.match(hoverText('ETCD_VER‸SION=3.4.23\n'), /not a setting[\s\S]*--version/);
	});
	it('explains each URL of a list and numbers with units', () => {
		const url = hoverText('ETCD_LISTEN_PEER_URLS="http://0.0.0.0:2380,http://[fe80::1]:2‸380"\n');
		assert.match(url, /\*\*http:\/\/\[fe80::1\]:2380\*\*/);
		assert.match(url, /Where this member listens for its peers/);
		assert.match(url, /port `2380` \(etcd's usual peer port\)/);
		assert.match(hoverText('ETCD_QUOTA_BACKEND_BYTES=85899‸34592\n'), /= 8 GiB/);
		assert.match(hoverText('ETCD_HEARTBEAT_INTERVAL=1‸00\n'), /= 100 ms/);
	});
	it('points at what replaces an option the version does not have', () => {
		assert.match(hoverText('ETCD_DEB‸UG=true\n'), /Removed in etcd 3\.5/);
	});
});

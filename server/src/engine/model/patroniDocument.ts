import type { LineIndex, Span } from '../text/lineIndex';

/*
 * A Patroni configuration as far as it concerns etcd: the `etcd:` (v2 API) and `etcd3:` sections of patroni.yml,
 * or the `PATRONI_ETCD_*` / `PATRONI_ETCD3_*` variables of an env file or a unit's `Environment=` lines. It is its
 * own kind of document: etcd never reads it, so no etcd rule runs on it; Patroni's rules compare it with the etcd
 * members of its cluster.
 */

/** Which etcd API the section speaks: `etcd` is the v2 API, `etcd3` the v3 API through etcd's gRPC gateway. */
export type PatroniApi = 'etcd' | 'etcd3';

/** One item of `hosts` (or the single `host`, `url`, `proxy`): where Patroni connects. */
export interface PatroniEndpoint {
	/** As written: `192.168.45.201:2379`, `https://etcd1:2379`. */
	readonly text: string;
	readonly span: Span;
}

/** One key of the section: `hosts`, `protocol`, `cacert`. */
export interface PatroniField {
	/** Lower-case key as Patroni reads it (`srv_suffix`), whether written in YAML or as a variable. */
	readonly key: string;
	/** The key as written: `hosts` or `PATRONI_ETCD3_HOSTS`. */
	readonly written: string;
	readonly keySpan: Span;
	readonly valueSpan: Span;
	/** The value as Patroni reads it (a list is joined with commas). */
	readonly value: string;
	/** For `hosts`: each host; for `host`, `url`, `proxy`: the one endpoint. */
	readonly endpoints: readonly PatroniEndpoint[];
	/** Written as a YAML list (`hosts: [a, b]` or one item a line). */
	readonly list: boolean;
}

export interface PatroniSection {
	readonly api: PatroniApi;
	/** The section's key (`etcd3:`), or the first variable of the section. */
	readonly keySpan: Span;
	readonly fields: ReadonlyMap<string, PatroniField>;
	/** Where a new key goes: after the section's last key, indented like it (YAML only). */
	readonly indent?: string;
}

export interface PatroniDocument {
	readonly kind: 'patroni';
	readonly uri: string;
	readonly text: string;
	readonly lines: LineIndex;
	readonly format: 'yaml' | 'env';
	readonly sections: readonly PatroniSection[];
	/** Patroni's `scope`/`name` (the PostgreSQL cluster and this node), for messages. */
	readonly scope?: string;
	readonly name?: string;
	/** Full-line comments, for our directives (`# etcd-cluster:`, `# etcd-version:`, `# etcd-config-disable…`). */
	readonly comments: readonly { readonly span: Span; readonly text: string }[];
}

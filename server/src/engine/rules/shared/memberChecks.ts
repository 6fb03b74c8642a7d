import { effectiveValue } from '../../dialects/effective';
import type { Target } from '../../etcd/versions';
import type { ConfigDocument } from '../../model/configDocument';

/**
 * 3.4 and 3.5 with `proxy` on or readonly run a v2 proxy instead of a member: none of the checks made while the
 * member's server and listeners are built run then (v3.5.33:server/etcdmain/etcd.go:133), so the rules for them
 * stay quiet.
 */
export function runsAsProxy(doc: ConfigDocument, target: Target): boolean {
	if (target.minor !== '3.4' && target.minor !== '3.5') return false;
	const proxy = effectiveValue(doc, 'proxy');
	return proxy === 'on' || proxy === 'readonly';
}

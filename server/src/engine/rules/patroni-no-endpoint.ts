import type { PatroniRule } from './patroniRule';
import { sectionName } from './shared/patroniChecks';

/**
 * Patroni refuses an etcd section with none of srv, hosts, host, url or proxy (v4.1.4:patroni/dcs/etcd.py:438-439).
 * A warning, not an error: a PATRONI_ETCD3_HOSTS variable in the unit may supply the hosts the file leaves out.
 */
export const patroniNoEndpoint: PatroniRule = {
	id: 'patroni-no-endpoint',
	severity: 'warning',
	check(doc, ctx) {
		if (doc.format !== 'yaml') return [];
		return doc.sections.filter(section => !['host', 'hosts', 'url', 'proxy', 'srv'].some(key => section.fields.has(key)))
			.map(section => ({ span: section.keySpan, message: ctx.msg['patroni-no-endpoint'].message(sectionName(section, true)) }));
	},
};

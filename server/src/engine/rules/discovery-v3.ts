import { inputOf } from '../dialects';
import { effectiveSetting } from '../dialects/effective';
import { behaviourSince } from '../etcd/patchFacts';
import { holds } from '../etcd/versions';
import type { Setting } from '../model/configDocument';
import { hasTemplate } from '../parsers/templates';
import type { Problem, Rule } from './rule';
import { nonEmpty } from './shared/urlChecks';

const v3Settings = ['discovery-token', 'discovery-endpoints', 'discovery-cert', 'discovery-key', 'discovery-cacert', 'discovery-user', 'discovery-password'];

/**
 * v3 discovery (3.6+) as etcd validates it on every start: discovery-token and discovery-endpoints together or not
 * at all, no empty or blank endpoint (3.6.1+), and on 3.6 no discovery-proxy (a v2 discovery setting) beside any
 * v3 one.
 */
export const discoveryV3: Rule = {
	id: 'discovery-v3',
	severity: 'error',
	check(doc, ctx) {
		if (ctx.version < '3.6') return [];
		const msg = ctx.msg['discovery-v3'];
		const problems: Problem[] = [];
		const token = nonEmpty(doc, 'discovery-token');
		const endpoints = endpointsOf(effectiveSetting(doc, 'discovery-endpoints'));
		if (token && !endpoints) problems.push({ span: token.valueSpan, message: msg.alone(token.key, 'discovery-endpoints') });
		if (endpoints && !token) problems.push({ span: endpoints.setting.valueSpan, message: msg.alone(endpoints.setting.key, 'discovery-token') });
		if (endpoints && holds(behaviourSince.v3DiscoveryEmptyEndpointRefused, ctx.target) && endpoints.list.some(ep => ep.trim() === '')) {
			problems.push({ span: endpoints.setting.valueSpan, message: msg.emptyEndpoint(endpoints.setting.key) });
		}
		const proxy = ctx.version === '3.6' ? nonEmpty(doc, 'discovery-proxy') : undefined;
		const v3 = v3Settings.map(name => nonEmpty(doc, name)).find(s => s !== undefined);
		if (proxy && v3) problems.push({ span: proxy.valueSpan, message: msg.mixed(proxy.key, v3.key), related: [{ span: v3.valueSpan, message: v3.key }] });
		return problems;
	},
};

/** The endpoints etcd holds: a YAML list, or a flag or variable's comma list; an empty flag is one empty endpoint. */
function endpointsOf(setting: Setting | undefined): { setting: Setting; list: readonly string[] } | undefined {
	if (!setting || hasTemplate(setting.value)) return undefined;
	const list = setting.yaml ? (setting.yaml.kind === 'list' ? setting.yaml.items.map(item => item.text) : []) : setting.value.split(',');
	if (list.length === 0 || (setting.value === '' && inputOf(setting) === 'environment')) return undefined;
	return { setting, list };
}

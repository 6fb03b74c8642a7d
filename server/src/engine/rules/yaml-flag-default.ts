import { documentInput } from '../dialects';
import { effectiveSetting } from '../dialects/effective';
import { yamlModeDefault } from '../etcd/yamlKeys';
import type { Problem, Rule } from './rule';
import { isTrue } from './shared/urlChecks';

/**
 * Defaults that exist only on the command line: a YAML file starts from etcd's bare config, so 3.4 serves no gRPC
 * gateway unless enable-grpc-gateway says so (flags default it on), and 3.5 traces to no address under no service
 * name unless the file names them. etcd accepts both, and gRPC-only clients do not miss the gateway: information;
 * the compaction mode has yaml-compaction-mode.
 */
export const yamlFlagDefault: Rule = {
	id: 'yaml-flag-default',
	severity: 'information',
	check(doc, ctx) {
		if (documentInput(doc) !== 'config-file' || doc.settings.length === 0) return [];
		const msg = ctx.msg['yaml-flag-default'];
		const first = doc.settings[0];
		const problems: Problem[] = [];
		if (yamlModeDefault('enable-grpc-gateway', ctx.version) === 'false' && !effectiveSetting(doc, 'enable-grpc-gateway')) problems.push({ span: first.keySpan, message: msg.gateway });
		const tracing = effectiveSetting(doc, 'experimental-enable-distributed-tracing');
		if (tracing && isTrue(doc, 'experimental-enable-distributed-tracing')) {
			const names = ['experimental-distributed-tracing-address', 'experimental-distributed-tracing-service-name'];
			const missing = names.filter(name => yamlModeDefault(name, ctx.version) === '' && !effectiveSetting(doc, name)?.value);
			if (missing.length > 0) problems.push({ span: tracing.keySpan, message: msg.tracing(missing.join(msg.and)) });
		}
		return problems;
	},
};

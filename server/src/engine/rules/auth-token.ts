import { isGiven } from '../dialects';
import { effectiveSetting } from '../dialects/effective';
import { readAuthToken, refusedAuthToken, type AuthTokenFinding } from '../etcd/authToken';
import type { RuleMessages } from '../l10n/rules.en';
import { valueSubspan, type Setting } from '../model/configDocument';
import { hasTemplate } from '../parsers/templates';
import type { Problem, Rule } from './rule';
import { runsAsProxy } from './shared/memberChecks';

type Words = RuleMessages['auth-token'];

/**
 * `auth-token` as etcd reads it when it creates its token provider: pieces of the form key=value, no key twice, the
 * type simple or jwt, and for jwt a signing method the release supports, a ttl with a unit and the key the method
 * needs. etcd refuses the rest, after it has written the member's WAL (so a corrected file then starts an
 * initialised member). An empty type, options after simple and unknown jwt options it accepts.
 */
export const authToken: Rule = {
	id: 'auth-token',
	severity: 'error',
	check(doc, ctx) {
		const setting = effectiveSetting(doc, 'auth-token');
		// An empty variable is unset; an empty flag or YAML string is a value with an empty type.
		if (!setting || !isGiven(setting) || hasTemplate(setting.value) || setting.yaml?.kind === 'list' || (setting.value === '' && setting.yaml?.kind === 'scalar' && setting.yaml.type === 'null')) return [];
		const member = !runsAsProxy(doc, ctx.target);
		const msg = ctx.msg['auth-token'];
		return readAuthToken(setting.value, ctx.target).filter(f => member || !refusedAuthToken.includes(f.code)).map(finding => ({
			span: spanOf(setting, finding),
			message: describe(setting.key, finding, ctx.target.label, msg),
			severity: refusedAuthToken.includes(finding.code) ? undefined : 'warning',
		}));
	},
};

/** The piece a finding is about, or the whole value. */
function spanOf(setting: Setting, finding: AuthTokenFinding): Problem['span'] {
	if (!('index' in finding)) return setting.valueSpan;
	const pieces = setting.value.split(',');
	const from = pieces.slice(0, finding.index).reduce((sum, piece) => sum + piece.length + 1, 0);
	return valueSubspan(setting, from, from + pieces[finding.index].length);
}

function describe(key: string, finding: AuthTokenFinding, version: string, msg: Words): string {
	switch (finding.code) {
		case 'piece': return msg.piece(key);
		case 'twice': return msg.twice(key, finding.name);
		case 'type': return msg.type(key, finding.type);
		case 'ttl': return msg.ttl(key, finding.ttl);
		case 'method': return msg.method(key, version, finding.method, finding.supported.join(', '));
		case 'key': return msg.key(key, finding.method, finding.privateOnly);
		case 'emptyType': return msg.emptyType(key);
		case 'simpleOptions': return msg.simpleOptions(key);
		case 'unknownOption': return msg.unknownOption(key, finding.name);
	}
}

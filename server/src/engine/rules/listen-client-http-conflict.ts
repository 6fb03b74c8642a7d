import { urlList } from '../cluster/membership';
import { optionByName } from '../etcd/options';
import { entriesOf } from './shared/urlChecks';
import { valueSubspan } from '../model/configDocument';
import type { Problem, Rule } from './rule';
import { spelled } from '../dialects';

/**
 * `listen-client-http-urls` adds HTTP-only listeners; an address that listen-client-urls already binds is
 * refused at start (3.4.25+, 3.5.8+, 3.6+). etcd compares host:port as written (plus the path for sockets).
 */
export const listenClientHttpConflict: Rule = {
	id: 'listen-client-http-conflict',
	severity: 'error',
	check(doc, ctx) {
		const grpc = urlList(doc, 'listen-client-urls', ctx.target);
		if (grpc.templated) return [];
		const bound = new Map(grpc.pieces.map(piece => [addressOf(piece.text), piece]));
		const since = optionByName('listen-client-http-urls')?.sincePatch?.[ctx.version];
		const problems: Problem[] = [];
		const msg = ctx.msg['listen-client-http-conflict'];
		for (const { setting, piece, url } of entriesOf(doc, ['listen-client-http-urls'], ctx.target)) {
			const other = url && bound.get(addressOf(piece.text));
			if (!other) continue;
			const binder = grpc.setting?.key ?? msg.byDefault(spelled('listen-client-urls', setting));
			problems.push({
				span: valueSubspan(setting, piece.from, piece.to),
				message: msg.message(setting.key, piece.text, addressOf(piece.text), binder, since),
				related: grpc.setting ? [{ span: valueSubspan(grpc.setting, other.from, other.to), message: msg.related }] : undefined,
			});
		}
		return problems;
	},
};

/** Go's url.Host, and the path for unix sockets: what etcd keys its listeners by. */
function addressOf(url: string): string {
	const match = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(?:[^@/?#]*@)?([^/?#]*)([^?#]*)/.exec(url);
	if (!match) return url;
	return match[1].toLowerCase().startsWith('unix') ? match[2] + match[3] : match[2];
}

import { atVersion, type EtcdVersion } from '../etcd/options';
import { isIpLiteral, isLoopback, isWildcard, parseEtcdUrl, parseInitialCluster, splitList } from '../etcd/urls';
import { describeBytes, describeDuration, parseGoDuration, parseGoInt } from '../etcd/values';
import { effectiveSetting, valueIndexAt, valueSubspan, type ConfigDocument, type Setting } from '../model';
import type { Span } from '../text';

export interface ValueHover {
	readonly span: Span;
	readonly markdown: string;
}

/** What the piece of a value under the cursor means: a state, one URL of a list, one member, a number with its unit. */
export function hoverValue(doc: ConfigDocument, setting: Setting, offset: number, version: EtcdVersion): ValueHover | undefined {
	const option = setting.option;
	if (!option) return undefined;
	const index = valueIndexAt(setting, offset);
	const whole = setting.valueSpan;
	if (option.name === 'initial-cluster-state') return stateHover(setting.value, whole);
	if (option.name === 'initial-cluster') return memberHover(doc, setting, index, version);
	const type = atVersion(option.type, version) ?? atVersion(option.type, '3.6');
	if (type === 'url-list') {
		const piece = pieceAt(splitList(setting.value, true), index);
		if (!piece || piece.text === '') return undefined;
		return { span: valueSubspan(setting, piece.from, piece.to), markdown: urlHover(piece.text, urlRoles[option.name] ?? 'URL', version) };
	}
	const quantity = describeQuantity(setting.value, type, option.unit);
	return quantity ? { span: whole, markdown: quantity } : undefined;
}

function pieceAt<T extends { from: number; to: number }>(pieces: readonly T[], index: number): T | undefined {
	return pieces.find(piece => index >= piece.from && index <= piece.to);
}

const stateTexts: Record<string, string> = {
	new: '**`new`**: this member founds a new cluster together with the other members listed in `ETCD_INITIAL_CLUSTER`; all of them start with `new`, the same token and the same member list.\n\n'
		+ 'etcd reads this setting only on a member\'s very first start (while its data directory holds no WAL). Once the member has data, restarts ignore it, so leaving `new` in place does no harm on a reboot. '
		+ 'It bites when the data directory is lost: the member then tries to found a new cluster and its old peers refuse it. Switch to `existing` after the first successful start to be safe.',
	existing: '**`existing`**: this member joins a cluster that is already running. Add it first with `etcdctl member add`; its `ETCD_INITIAL_CLUSTER` must then list the current members plus itself, with the peer URLs the cluster knows.\n\n'
		+ 'After the first successful start `existing` is also the right value for every member: a restart ignores the setting, and a member whose data directory was wiped re-joins instead of founding a second cluster.',
};

function stateHover(value: string, span: Span): ValueHover | undefined {
	const text = stateTexts[value];
	return { span, markdown: text ?? `**\`${value}\`** is not a valid state: etcd accepts only \`new\` and \`existing\` (lower case) and refuses to start otherwise.` };
}

const urlRoles: Record<string, string> = {
	'listen-peer-urls': 'Where this member listens for its peers',
	'listen-client-urls': 'Where this member listens for clients',
	'listen-client-http-urls': 'Where this member listens for HTTP clients (gRPC gateway), apart from gRPC',
	'listen-metrics-urls': 'Where this member serves `/metrics` and `/health`',
	'initial-advertise-peer-urls': 'The address this member tells its peers to reach it at',
	'advertise-client-urls': 'The address this member tells clients to use',
};

export function urlHover(text: string, role: string, version: EtcdVersion): string {
	const parsed = parseEtcdUrl(text, version);
	const lines = [`**${text}**`, role + '.'];
	const url = parsed.url;
	if (!url) return [...lines, 'Not a URL etcd accepts: it must start with `http://`, `https://`, `unix://` or `unixs://`.'].join('\n\n');
	lines.push(`- scheme \`${url.scheme}\`: ${schemeMeaning[url.scheme] ?? 'not one etcd accepts (http, https, unix, unixs)'}`);
	if (!url.scheme.startsWith('unix') || version === '3.4') {
		lines.push(`- host \`${url.host}\`: ${hostKind(url.host)}`);
		lines.push(`- port \`${url.port || '(none)'}\`${portNote[url.port] ?? ''}`);
	}
	if (!parsed.ok) lines.push(`\n${urlProblemText[parsed.problem]}`);
	return lines.join('\n');
}

const schemeMeaning: Record<string, string> = {
	http: 'plain TCP, no TLS',
	https: 'TLS; this side needs a certificate and key',
	unix: 'a Unix socket, no TLS',
	unixs: 'a Unix socket with TLS',
};

const portNote: Record<string, string> = { '2379': ' (etcd\'s usual client port)', '2380': ' (etcd\'s usual peer port)' };

const urlProblemText: Record<string, string> = {
	scheme: 'etcd refuses this URL: the scheme must be http, https, unix or unixs.',
	'host-port': 'etcd refuses this URL: it needs `host:port` (IPv6 in brackets, e.g. `[fe80::1]:2380`).',
	path: 'etcd refuses this URL: it must not have a path, and a trailing `/` counts as one.',
};

function hostKind(host: string): string {
	if (isWildcard(host)) return 'wildcard: listens on every address of the host; never reachable as an advertised address';
	if (isLoopback(host)) return 'loopback: reachable from this machine only';
	if (isIpLiteral(host)) return 'IP address';
	return 'host name (resolved through DNS; listen URLs need an IP or `localhost`)';
}

function memberHover(doc: ConfigDocument, setting: Setting, index: number, version: EtcdVersion): ValueHover | undefined {
	const members = parseInitialCluster(setting.value);
	const member = members.find(m => index >= m.nameFrom && index <= m.urlTo);
	if (!member) return undefined;
	const ownName = effectiveSetting(doc, 'name')?.value;
	const urls = members.filter(m => m.name === member.name).map(m => m.url);
	const onUrl = index >= member.urlFrom && member.urlTo > member.urlFrom;
	const label = `**Member \`${member.name}\`**${member.name === ownName ? ' (this member)' : ''}`;
	const lines = [label, `Peer URL${urls.length > 1 ? 's' : ''}: ${urls.map(u => `\`${u}\``).join(', ')}`];
	if (member.name !== member.name.trim()) lines.push('The name has blanks around it: etcd keeps them, so this member can never match its `ETCD_NAME`.');
	lines.push(`${members.length} member${members.length === 1 ? '' : 's'} listed; quorum ${Math.floor(new Set(members.map(m => m.name)).size / 2) + 1}.`);
	if (onUrl) lines.push(urlHover(member.url, `The peer URL of member \`${member.name}\``, version));
	const span = onUrl ? valueSubspan(setting, member.urlFrom, member.urlTo) : valueSubspan(setting, member.nameFrom, member.nameTo);
	return { span, markdown: lines.join('\n\n') };
}

function describeQuantity(value: string, type: string | undefined, unit: string | undefined): string | undefined {
	if (type === 'duration') {
		const parsed = parseGoDuration(value);
		return parsed.ok ? `\`${value}\` = ${describeDuration(parsed.value)}` : undefined;
	}
	if (type !== 'int' && type !== 'uint' && type !== 'size') return undefined;
	const parsed = parseGoInt(value, type === 'int');
	if (!parsed.ok) return undefined;
	if (unit === 'bytes' || type === 'size') return `\`${value}\` = ${describeBytes(parsed.value)}`;
	if (unit === 'ms') return `\`${value}\` = ${describeDuration(Number(parsed.value) * 1e6)}`;
	if (unit === 's') return `\`${value}\` = ${describeDuration(Number(parsed.value) * 1e9)}`;
	if (value !== parsed.value.toString()) return `\`${value}\` = ${parsed.value}${unit ? ' ' + unit : ''}`;
	return undefined;
}

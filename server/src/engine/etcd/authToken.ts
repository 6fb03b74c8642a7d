import { parseGoDuration } from '../parsers/goValues';
import type { Target } from './versions';

/*
 * `auth-token` as etcd reads it when it builds its token provider (server/auth/store.go, server/auth/options.go):
 * split at every comma; the first piece is the type, every further piece splits at `=` into exactly two parts,
 * no name twice; then the type decides. Nothing is trimmed. Findings are codes; the auth-token rule words them.
 */

export type AuthTokenFinding =
	| { readonly code: 'piece'; readonly index: number }
	| { readonly code: 'twice'; readonly index: number; readonly name: string }
	| { readonly code: 'type'; readonly type: string }
	| { readonly code: 'ttl'; readonly index: number; readonly ttl: string }
	| { readonly code: 'method'; readonly method: string; readonly supported: readonly string[] }
	| { readonly code: 'key'; readonly method: string; readonly privateOnly: boolean }
	| { readonly code: 'emptyType' | 'simpleOptions' }
	| { readonly code: 'unknownOption'; readonly index: number; readonly name: string };

/** Refusals stop etcd when it creates the server; the rest it accepts. */
export const refusedAuthToken: readonly AuthTokenFinding['code'][] = ['piece', 'twice', 'type', 'ttl', 'method', 'key'];

const families: Readonly<Record<string, readonly string[]>> = {
	hmac: ['HS256', 'HS384', 'HS512'],
	rsa: ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'],
	ecdsa: ['ES256', 'ES384', 'ES512'],
};

/** The signing methods a release can use: EdDSA from 3.6 (3.4 and 3.5 know the name but refuse it). */
export function signMethods(target: Target): string[] {
	return [...families.hmac, ...families.rsa, ...families.ecdsa, ...(target.minor >= '3.6' ? ['EdDSA'] : [])];
}

const jwtOptions = ['pub-key', 'priv-key', 'sign-method', 'ttl'];

/** What etcd of the release makes of an auth-token value, in the order it finds out. */
export function readAuthToken(value: string, target: Target): AuthTokenFinding[] {
	const [type, ...pieces] = value.split(',');
	const options = new Map<string, string>();
	for (const [index, piece] of pieces.entries()) {
		const pair = piece.split('=');
		if (pair.length !== 2) return [{ code: 'piece', index: index + 1 }];
		if (options.has(pair[0])) return [{ code: 'twice', index: index + 1, name: pair[0] }];
		options.set(pair[0], pair[1]);
	}
	if (type === '') return [{ code: 'emptyType' }];
	if (type === 'simple') return pieces.length > 0 ? [{ code: 'simpleOptions' }] : [];
	if (type !== 'jwt') return [{ code: 'type', type }];
	const unknown = pieces.flatMap((piece, index) => jwtOptions.includes(piece.split('=')[0]) ? [] : [{ code: 'unknownOption' as const, index: index + 1, name: piece.split('=')[0] }]);
	return [...jwtFindings(options, pieces, target), ...unknown];
}

function jwtFindings(options: ReadonlyMap<string, string>, pieces: readonly string[], target: Target): AuthTokenFinding[] {
	const ttl = options.get('ttl') ?? '';
	if (ttl !== '' && !parseGoDuration(ttl).ok) return [{ code: 'ttl', index: pieces.findIndex(p => p.startsWith('ttl=')) + 1, ttl }];
	const method = options.get('sign-method') ?? '';
	const supported = signMethods(target);
	if (!supported.includes(method)) return [{ code: 'method', method, supported }];
	const hmac = families.hmac.includes(method);
	const hasKey = (options.get('priv-key') ?? '') !== '' || (!hmac && (options.get('pub-key') ?? '') !== '');
	return hasKey ? [] : [{ code: 'key', method, privateOnly: hmac }];
}

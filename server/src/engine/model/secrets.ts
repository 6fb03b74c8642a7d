import type { ConfigDocument } from './configDocument';

/*
 * Passwords never leave through what we show: diagnostics, fix titles, hovers, symbols, the CLI's code frames.
 * CI logs, SARIF uploads and Ansible's log of a `validate:` run are read by many. What counts as a password:
 * - the value of --discovery-password (ETCD_DISCOVERY_PASSWORD, discovery-config.client.auth.password);
 * - what follows the first ':' in --discovery-user, which etcd documents as username[:password]
 *   (v3.6.14:server/embed/config.go:827);
 * - the password of any URL's user information, `scheme://user:password@host`, wherever a URL is written.
 * --auth-token holds no key material, only paths to key files and settings (server/auth/jwt.go at each tag), so
 * nothing of it is masked. Edits still carry the real values: a fix writes the file, it does not show it.
 */

/** What a password is shown as. */
export const masked = '****';

const passwordOptions = new Set(['discovery-password']);
const userPasswordOptions = new Set(['discovery-user']);

/** `scheme://user:password@` (or `//user:password@`): the user stays, the password goes. */
const urlPassword = /(\/\/[^\s/?#@:'"`]*:)([^\s/?#@'"`]+)@/g;

const cache = new WeakMap<ConfigDocument, readonly string[]>();

/** Every password a document holds, as decoded and as written, longest first (so a longer one is masked whole). */
export function secretsOf(doc: ConfigDocument): readonly string[] {
	let secrets = cache.get(doc);
	if (secrets) return secrets;
	const found = new Set<string>();
	for (const setting of doc.settings) {
		const name = setting.option?.name ?? '';
		const written = doc.text.slice(setting.valueSpan.start, setting.valueSpan.end);
		if (passwordOptions.has(name)) for (const text of [setting.value, written, unquoted(written)]) found.add(text);
		if (userPasswordOptions.has(name) && setting.value.includes(':')) found.add(setting.value.slice(setting.value.indexOf(':') + 1));
	}
	found.delete('');
	cache.set(doc, secrets = [...found].sort((a, b) => b.length - a.length));
	return secrets;
}

function unquoted(written: string): string {
	return /^(["']).*\1$/s.test(written) ? written.slice(1, -1) : written;
}

/**
 * The text with every URL password and every one of `secrets` masked. A secret is masked where it stands apart
 * from letters and digits around it (quoted, after `=`, alone), so a short one does not eat into other words.
 */
export function maskSecrets(text: string, secrets: readonly string[] = []): string {
	// Most texts hold neither: no regular expression runs for them (a file with thousands of findings asks each time).
	if (secrets.length === 0 && !text.includes('@')) return text;
	let result = text.replace(urlPassword, `$1${masked}@`);
	for (const secret of secrets) {
		if (!result.includes(secret)) continue;
		result = result.replace(new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(secret)}(?![A-Za-z0-9])`, 'g'), masked);
	}
	return result;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

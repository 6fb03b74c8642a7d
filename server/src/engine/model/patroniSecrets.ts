import type { PatroniDocument } from './patroniDocument';

/** `password: …` anywhere in the file (etcd's, PostgreSQL's users'), or a `PATRONI_…_PASSWORD=` variable. */
const passwordLine = /^[ \t]*(?:password[ \t]*:|(?:export[ \t]+|Environment=["']?)?PATRONI_\w*PASSWORD=)[ \t]*(.*?)[ \t]*\r?$/gm;

/**
 * The passwords of a Patroni file: masked wherever we show text (see secrets.ts). Every password of the file counts,
 * not only etcd's: a code frame of the CLI may show a neighbouring PostgreSQL password too.
 */
export function patroniSecretsOf(doc: PatroniDocument): string[] {
	const found = new Set<string>();
	for (const match of doc.text.matchAll(passwordLine)) {
		const comment = match[1].search(/[ \t]#/);
		const written = comment < 0 ? match[1] : match[1].slice(0, comment).trimEnd();
		found.add(written);
		found.add(written.replace(/^(["'])(.*)\1$/, '$2'));
	}
	for (const section of doc.sections) {
		const field = section.fields.get('password');
		if (field) found.add(field.value);
	}
	found.delete('');
	return [...found].sort((a, b) => b.length - a.length);
}

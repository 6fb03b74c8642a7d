import { extensions, languages, workspace, type TextDocument } from 'vscode';
import { containerGlobs, patroniGlobs, unitGlobs, yamlConfigGlobs } from '../../server/src/engine';

/** A filter both VS Code and the language client accept. */
export type Filter = { readonly language: string } | { readonly language?: string; readonly pattern: string };

/*
 * etcd's YAML config files stay in VS Code's `yaml` language, so whatever YAML extension the user has keeps
 * working; our server joins in for the files whose names etcd's YAML configs usually have, plus the user's globs.
 */

export function documentSelector(): Filter[] {
	const extra = workspace.getConfiguration('etcd').get<string[]>('yaml.files', []);
	return [
		{ language: 'etcd' },
		...yamlConfigGlobs.map((pattern): Filter => ({ language: 'yaml', pattern })),
		...extra.map((pattern): Filter => ({ language: 'yaml', pattern })),
		// Units stay in whatever language the editor gives them (plain text, ini, a systemd extension's own); the
		// server reads only those that run etcd or set its variables.
		...unitGlobs.map((pattern): Filter => ({ pattern })),
		// Kubernetes manifests and compose files in whatever language they open in (yaml, dockercompose); the server
		// reads only those with a container that runs etcd.
		...containerGlobs.map((pattern): Filter => ({ pattern })),
		// Patroni's files (patroni.yml, and its variables in an env file or a unit) in whatever language they open in.
		...patroniGlobs.map((pattern): Filter => ({ pattern })),
	];
}

/** Red Hat's YAML extension shows our schema's findings and key hovers; the server then leaves those to it. */
export function yamlExtensionInstalled(): boolean {
	return extensions.getExtension('redhat.vscode-yaml') !== undefined;
}

/** Whether a document is a systemd unit or drop-in, by its name: it converts to an env file. */
export function isUnit(document: TextDocument): boolean {
	return languages.match(unitGlobs.map(pattern => ({ pattern })), document) > 0;
}

/** Whether a document is one of ours: any YAML file opening activates us, but only these start the server. */
export function isOurs(document: TextDocument, selector: Filter[]): boolean {
	return languages.match(selector, document) > 0;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { l10n, workspace } from 'vscode';

/*
 * The client's sentences follow `etcd.language` as the server's do: VS Code's own l10n only knows the display
 * language, so under `ru` in an English VS Code the wizard stayed English while every hover was Russian.
 */

let bundleFolder: string | undefined;
let russian: Record<string, string> | undefined;

/** Where `l10n/bundle.l10n.ru.json` lives: the extension's folder, given at activation. */
export function setBundleFolder(extensionPath: string): void {
	bundleFolder = extensionPath;
}

/** `message` with `{0}`, `{1}`… filled, in the language `etcd.language` asks for. */
export function t(message: string, ...args: (string | number)[]): string {
	const language = workspace.getConfiguration('etcd').get<string>('language', 'auto');
	if (language === 'auto') return l10n.t(message, ...args);
	const text = language === 'ru' ? russianBundle()[message] ?? message : message;
	return text.replace(/\{(\d+)\}/g, (whole, index: string) => String(args[Number(index)] ?? whole));
}

function russianBundle(): Record<string, string> {
	if (!russian) {
		try {
			russian = bundleFolder ? JSON.parse(readFileSync(join(bundleFolder, 'l10n', 'bundle.l10n.ru.json'), 'utf8')) as Record<string, string> : {};
		} catch {
			russian = {};
		}
	}
	return russian;
}

import { URI } from 'vscode-uri';

/*
 * One spelling per file. VS Code writes `file:///c%3A/x/a%20%281%29` where Node's pathToFileURL writes
 * `file:///C:/x/a%20(1)` and another editor something else again; a file indexed under one spelling and opened
 * under another would count twice in its cluster. Keys are VS Code's spelling; what a client sent is kept for the
 * answers to it.
 */

/** VS Code's spelling of a URI, whatever spelled it first. */
export function canonicalUri(uri: string): string {
	try {
		return URI.parse(uri).toString();
	} catch {
		return uri;
	}
}

/** The file URI of a path, in VS Code's spelling. */
export function fileUri(path: string): string {
	return URI.file(path).toString();
}

/** The path a file URI names. */
export function uriPath(uri: string): string {
	return URI.parse(uri).fsPath;
}

/** Whether a URI names a file on disk (not an untitled buffer or a remote resource). */
export function isFileUri(uri: string): boolean {
	return uri.startsWith('file:');
}

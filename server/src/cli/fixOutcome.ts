/** Why --fix left a file as it was although its fixes would change it. */
export type Refusal = 'unreadable' | 'not-regular' | 'hard-links' | 'read-only' | 'folder-not-writable' | 'owner'
	| 'mode' | 'xattrs-unavailable' | 'xattrs' | 'changed' | 'encoding' | 'write-failed';

/** What --fix did with one file. */
export type FixOutcome =
	| { readonly status: 'unchanged' }
	/** `target`: the file written, when the path given is a symbolic link to it (the link stays). */
	| { readonly status: 'written'; readonly target?: string }
	/** `detail`: the system's error code or the value that decided, for the message. */
	| { readonly status: 'refused'; readonly reason: Refusal; readonly detail: string };

export function refused(reason: Refusal, detail: string): FixOutcome {
	return { status: 'refused', reason, detail };
}

/** The errno code of a failed call (EACCES, EPERM, …), or its message. */
export function codeOf(error: unknown): string {
	return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
}

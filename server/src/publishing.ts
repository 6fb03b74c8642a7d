import type { Diagnostic } from 'vscode-languageserver-types';
import { documentContext, findProblemsStepwise, toDiagnostic, validatePatroni, type ConfigDocument, type EngineSettings } from './engine';
import { patroniContextIn } from './patroniFiles';
import type { Documents } from './documents';
import { canonicalUri } from './uris';

/** What the publisher needs from the server. */
export interface PublishingDeps {
	readonly documents: Documents;
	engineSettings(uri: string): Promise<EngineSettings>;
	/** The diagnostics of a file past the analysis limits (one notice), if it is past them. */
	limitNotice(uri: string): Promise<Diagnostic[] | undefined>;
	/** Drops what another tool already shows (Red Hat YAML's schema findings). */
	filter(doc: ConfigDocument, diagnostics: Diagnostic[]): Diagnostic[];
	send(uri: string, diagnostics: Diagnostic[]): Promise<void>;
	/** Every queued check is done: the server has nothing left to do. */
	idle(): void;
}

export interface Publisher {
	/**
	 * Checks these files again and publishes what changed, after `delay` ms: the first one before anything queued
	 * (it is the file being edited), the others after. A file asked for again before its turn is checked once, for
	 * the later request; one being checked is given up for it.
	 */
	schedule(uris: readonly string[], delay?: number): void;
	/** Resolves when nothing is scheduled or running (for a rescan that waits for its diagnostics). */
	idle(): Promise<void>;
	/** A document opened anew: whatever it is, the editor is told once more. */
	forget(uri: string): void;
}

/**
 * Diagnostics as background work. The checks of a file run one rule at a time with the event loop free in
 * between, so hover and completion never wait behind a large file or a large cluster; work that a newer edit
 * makes pointless is dropped; and only diagnostics that differ from what the editor has are sent.
 */
export function createPublisher(deps: PublishingDeps): Publisher {
	/** The newest request for each file: a job that is no longer the newest stops. */
	const newest = new Map<string, number>();
	/** What the editor was last sent for each file. */
	const sent = new Map<string, string>();
	/** Stands for a list the editor may or may not hold: equal to no JSON text. */
	const unknown = '\u0000';
	const queue: { key: string; uri: string; ticket: number }[] = [];
	let tickets = 0;
	let running: Promise<void> | undefined;
	let waiting: ReturnType<typeof setTimeout> | undefined;

	const current = (job: { key: string; ticket: number }) => newest.get(job.key) === job.ticket;

	async function check(job: { key: string; uri: string; ticket: number }): Promise<void> {
		const notice = await deps.limitNotice(job.uri);
		const diagnostics = notice ?? await diagnose(job);
		if (diagnostics === undefined || !current(job)) return;
		const uri = deps.documents.clientUri(job.uri);
		const text = JSON.stringify(diagnostics);
		// Writing thousands of diagnostics out takes as long as sending them: requests waiting meanwhile go first.
		if (!await pause(job)) return;
		// A closed file the editor was never told about has none; an open one (an etcd config or not) is always answered.
		const isOpen = deps.documents.store.get(uri) !== undefined;
		if ((sent.get(uri) ?? (isOpen ? undefined : '[]')) === text) return;
		sent.set(uri, text);
		await deps.send(uri, diagnostics);
	}

	/** A file's diagnostics, one rule at a time; undefined when a newer request took over meanwhile. */
	async function diagnose(job: { key: string; uri: string; ticket: number }): Promise<Diagnostic[] | undefined> {
		const { documents } = deps;
		const doc = documents.get(job.uri);
		const patroni = doc ? undefined : documents.patroni(job.uri);
		// A Patroni file: checked when it is open, against the etcd cluster it talks to.
		if (patroni) return documents.store.get(documents.clientUri(job.uri)) === undefined ? [] : validatePatroni(patroni, patroniContextIn(documents, patroni, await deps.engineSettings(job.uri)));
		const clusters = documents.clusters();
		// Files nobody looks at (no open member in their cluster, no open unit or env file of their own member) are cleared.
		if (!doc || ![...clusters.group(job.uri), ...documents.linkedFiles(job.uri)].some(member => documents.open(member))) return [];
		const ctx = documentContext(doc, await deps.engineSettings(job.uri), () => clusters.siblings(job.uri), [], () => documents.links(job.uri));
		const steps = findProblemsStepwise(doc, ctx);
		let step = steps.next();
		for (; !step.done; step = steps.next()) if (!await pause(job)) return undefined;
		const diagnostics: Diagnostic[] = [];
		// In slices too: thousands of findings take a while to turn into diagnostics.
		for (const [index, found] of step.value.entries()) {
			if (index % 500 === 499 && !await pause(job)) return undefined;
			diagnostics.push(toDiagnostic(doc, found, ctx));
		}
		return deps.filter(doc, diagnostics);
	}

	/** Lets other requests through; false when a newer request for the file took over meanwhile. */
	async function pause(job: { key: string; ticket: number }): Promise<boolean> {
		await new Promise(resolve => setImmediate(resolve));
		return current(job);
	}

	async function drain(): Promise<void> {
		for (let job = queue.shift(); job; job = queue.shift()) {
			if (current(job)) await check(job);
		}
	}

	function start(): void {
		waiting = undefined;
		if (running) return;
		running = drain().finally(() => {
			running = undefined;
			// Jobs queued while the last one finished.
			if (queue.length > 0 && !waiting) start();
			else if (!waiting) deps.idle();
		});
	}

	return {
		schedule(uris, delay = 0) {
			uris.forEach((uri, index) => {
				const job = { key: canonicalUri(uri), uri, ticket: ++tickets };
				newest.set(job.key, job.ticket);
				if (index === 0) queue.unshift(job); else queue.push(job);
			});
			if (waiting) clearTimeout(waiting);
			waiting = setTimeout(start, delay);
		},
		// Not forgotten but unknown: whatever the next check finds is sent, even the empty list of a document closed
		// again before its own check ran (the editor may still hold an older list for it).
		forget: uri => sent.set(uri, unknown),
		async idle() {
			while (waiting || running) await new Promise(resolve => setTimeout(resolve, 5));
		},
	};
}

import type { Diagnostic } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../server/src/engine/model/configDocument';
import { documentContext, type EngineContext, type EngineSettings } from '../server/src/engine/validate/context';
import { findProblems, validate, type FoundProblem } from '../server/src/engine/validate/validate';

/** A document's context for tests: etcd 3.5 and English unless the settings say otherwise. */
export function contextOf(doc: ConfigDocument, settings: Partial<EngineSettings> = {}, cluster: readonly ConfigDocument[] = []): EngineContext {
	return documentContext(doc, { version: '3.5', ...settings }, cluster);
}

/** The diagnostics of a document under these settings. */
export function diagnose(doc: ConfigDocument, settings: Partial<EngineSettings> = {}, cluster: readonly ConfigDocument[] = []): Diagnostic[] {
	return validate(doc, contextOf(doc, settings, cluster));
}

/** The findings of a document under these settings. */
export function problemsOf(doc: ConfigDocument, settings: Partial<EngineSettings> = {}, cluster: readonly ConfigDocument[] = []): FoundProblem[] {
	return findProblems(doc, contextOf(doc, settings, cluster));
}

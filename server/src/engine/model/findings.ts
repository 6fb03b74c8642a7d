import type { SpanEdit } from '../text/lineEdits';
import type { Span } from '../text/lineIndex';
import type { ConfigDocument } from './configDocument';

/*
 * What a rule finds and how it would mend it, as plain data: validation turns it into diagnostics, the code
 * actions into workspace edits, the CLI into lines of text.
 */

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextChange extends SpanEdit {
	/** Another file of the cluster; this document when left out. */
	readonly doc?: ConfigDocument;
}

/** A fix as plain edits (of this document or of its cluster's); `safe` fixes may be applied together (fix all, `--fix`). */
export interface Fix {
	readonly title: string;
	readonly changes: readonly TextChange[];
	readonly preferred?: boolean;
	readonly safe?: boolean;
}

export interface RelatedSpan {
	readonly span: Span;
	readonly message: string;
	/** Another file of the cluster; this document when left out. */
	readonly doc?: ConfigDocument;
}

export interface Problem {
	readonly span: Span;
	readonly message: string;
	readonly fixes?: readonly Fix[];
	readonly related?: readonly RelatedSpan[];
	/** Related locations left out of `related` (a finding about thousands of files lists a few): the diagnostic counts them. */
	readonly moreRelated?: number;
	readonly deprecated?: boolean;
	readonly unnecessary?: boolean;
	/** Overrides the rule's default for this finding (a user's setting for the rule still wins). */
	readonly severity?: Severity;
	/** Text this finding accounts for: other rules' findings that start inside it follow from it and are dropped. */
	readonly explains?: Span;
}

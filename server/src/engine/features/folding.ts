import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../model/configDocument';
import { positionAt } from '../text/lineIndex';
import { trimEndOf } from '../text/trailing';

const sectionHeader = /^\s*\[[^\]]+\]\s*$/;

/** Sections under comment headers such as RHEL's `#[Member]`, and values that run over several lines. */
export function foldingRanges(doc: ConfigDocument): FoldingRange[] {
	const ranges: FoldingRange[] = [];
	const lineOf = (offset: number) => positionAt(doc.lines, offset).line;
	const headers = doc.env.nodes.filter(node => node.kind === 'comment' && sectionHeader.test(node.text)).map(node => lineOf(node.span.start));
	const lastLine = lineOf(trimEndOf(doc.text, '\r\n').length);
	headers.forEach((line, i) => {
		const end = (headers[i + 1] ?? lastLine + 1) - 1;
		if (end > line) ranges.push({ startLine: line, endLine: end, kind: FoldingRangeKind.Region });
	});
	for (const node of doc.env.nodes) {
		if (node.kind !== 'assignment') continue;
		const first = lineOf(node.span.start);
		const last = lineOf(node.valueSpan.end);
		if (last > first) ranges.push({ startLine: first, endLine: last });
	}
	return ranges;
}

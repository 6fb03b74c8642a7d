/**
 * The spans fixes have taken, sorted by start: a new span is checked against its neighbours only, not against
 * every span taken (which made fix-all quadratic in the fixes of a file). Two spans clash when they overlap or
 * are the same place (two insertions at one offset).
 */
export class TakenSpans {
	private readonly sorted: { start: number; end: number }[] = [];

	clashes(span: { start: number; end: number }): boolean {
		// Taken spans do not overlap each other, so sorted by start their ends rise too: the candidates are those from
		// the first that ends at or after `span.start` on, up to the last that starts at or before `span.end`.
		for (let i = this.firstEndingAtOrAfter(span.start); i < this.sorted.length && this.sorted[i].start <= span.end; i++) {
			const other = this.sorted[i];
			if (span.start < other.end && other.start < span.end || span.start === other.start && span.end === other.end) return true;
		}
		return false;
	}

	add(span: { start: number; end: number }): void {
		let low = 0;
		let high = this.sorted.length;
		while (low < high) {
			const mid = (low + high) >> 1;
			const other = this.sorted[mid];
			if (other.start < span.start || other.start === span.start && other.end <= span.end) low = mid + 1; else high = mid;
		}
		this.sorted.splice(low, 0, { start: span.start, end: span.end });
	}

	private firstEndingAtOrAfter(offset: number): number {
		let low = 0;
		let high = this.sorted.length;
		while (low < high) {
			const mid = (low + high) >> 1;
			if (this.sorted[mid].end < offset) low = mid + 1; else high = mid;
		}
		return low;
	}
}

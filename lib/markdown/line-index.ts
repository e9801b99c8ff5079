/**
 * Where a block token lies in the document: marked gives each token's `raw` text, and the
 * offset of a token in the lexed text is the sum of the raws before it. These map that
 * offset to the document's line. The lexed text has the document's lines (lex-guard.ts
 * keeps every line break), so counting its line breaks is enough.
 */

/** Maps offsets in a lexed text to the document's line indices. */
export interface OffsetLines {
  lineOf(offset: number): number;
}

/** The line starts of a lexed text that is not the document's own (a quote's inside, a guarded copy). */
export class LineIndex implements OffsetLines {
  private readonly starts: Int32Array;
  /** The lexed text's first line is the document's line `firstLine`. */
  constructor(
    text: string,
    private readonly firstLine: number,
  ) {
    let count = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    // A typed array: half the memory of a million-element array of numbers.
    this.starts = new Int32Array(count);
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
      this.starts[line++] = i + 1;
  }

  lineOf(offset: number): number {
    return lastAtOrBefore(this.starts, this.starts.length, offset) + this.firstLine;
  }
}

/** The index of the last of `starts[0..count)` that is ≤ `offset` (0 when none is). */
export function lastAtOrBefore(starts: Int32Array, count: number, offset: number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Line range [first, end) of `raw` found at `offset`, ignoring its leading/trailing newlines. */
export function lineSpan(
  lines: OffsetLines,
  offset: number,
  raw: string,
): { first: number; end: number } {
  // Index arithmetic, not /\n+$/: a regex anchored at the end rescans long list tokens.
  let lead = 0;
  while (lead < raw.length && raw.charCodeAt(lead) === 10) lead++;
  let last = raw.length - 1;
  while (last > lead && raw.charCodeAt(last) === 10) last--;
  return {
    first: lines.lineOf(offset + lead),
    end: lines.lineOf(offset + Math.max(last, lead)) + 1,
  };
}

/**
 * A document's lines kept compactly while it is parsed: the text itself, where each line
 * starts (one Int32 each) and how it ends (one byte each), instead of an object and a string
 * per line. A million-line file took 50 MB as Line objects, 25× its size; this takes 5 bytes
 * a line. Line objects (lines.ts) are made only when something asks for them all (export).
 */
import { lastAtOrBefore, type OffsetLines } from './line-index';
import type { Line } from './lines';

/** Terminator codes, in `ends`. */
const NONE = 0;
const LF = 1;
const CRLF = 2;
const CR = 3;
const TERMS = ['', '\n', '\r\n', '\r'];

export class LineStore implements OffsetLines {
  /** starts[i]: offset of line i; starts[count]: end of the text (past the last terminator). */
  private readonly starts: Int32Array;
  private readonly ends: Uint8Array;
  readonly count: number;

  /** The line count, so the store reads as LineTexts (line-texts.ts). */
  get length(): number {
    return this.count;
  }

  constructor(private readonly source: string) {
    // Two passes with indexOf (no regex, no match arrays): count, then record.
    let count = 0;
    this.walk((_, __) => count++);
    this.count = count;
    this.starts = new Int32Array(count + 1);
    this.ends = new Uint8Array(count);
    let line = 0;
    this.walk((start, term) => {
      this.starts[line] = start;
      this.ends[line] = term;
      line++;
    });
    this.starts[count] = source.length;
  }

  /** Calls `visit` with each line's start and terminator code, as splitLines() splits. */
  private walk(visit: (start: number, term: number) => void): void {
    const text = this.source;
    let start = 0;
    let cr = text.indexOf('\r');
    let lf = text.indexOf('\n');
    while (cr >= 0 || lf >= 0) {
      const at = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
      const term = at === cr ? (lf === at + 1 ? CRLF : CR) : LF;
      visit(start, term);
      start = at + (term === CRLF ? 2 : 1);
      if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
      if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
    }
    if (start < text.length) visit(start, NONE);
  }

  /** Line i without its terminator ('' past the end). */
  text(i: number): string {
    if (i < 0 || i >= this.count) return '';
    const term = this.ends[i] ?? NONE;
    const end = (this.starts[i + 1] ?? 0) - (term === CRLF ? 2 : term === NONE ? 0 : 1);
    return this.source.slice(this.starts[i], end);
  }

  /**
   * The line holding `offset` of the source, when the source is the text marked lexed (every
   * line ends with `\n`, no front matter): its line starts are then the lexed text's, and
   * no second index of them is built (line-index.ts; 4 bytes a line).
   */
  lineOf(offset: number): number {
    // Past a last `\n` there is one more (empty) line, as LineIndex counts them.
    const open = this.count > 0 && this.ends[this.count - 1] === NONE;
    return lastAtOrBefore(this.starts, open ? this.count : this.count + 1, offset);
  }

  term(i: number): string {
    return TERMS[this.ends[i] ?? NONE] ?? '';
  }

  /** Whether any line ends with `\r` or `\r\n`. */
  hasCr(): boolean {
    return this.ends.some((term) => term === CR || term === CRLF);
  }

  /** The line ending new lines get, as dominantEol() picks it. */
  dominantEol(): string {
    let crlf = 0;
    let lf = 0;
    for (const term of this.ends) {
      if (term === CRLF) crlf++;
      else if (term === LF) lf++;
    }
    return crlf > lf ? '\r\n' : '\n';
  }

  /** Lines from `from` on, each terminator as `\n` (what marked sees; see normalizedText). */
  normalized(from: number): string {
    const parts = new Array<string>(Math.max(0, this.count - from));
    for (let i = from; i < this.count; i++) parts[i - from] = this.text(i);
    const last = this.count - 1;
    return parts.join('\n') + (last >= from && this.ends[last] !== NONE ? '\n' : '');
  }

  /** Lines [from, to) as Line objects. */
  lines(from = 0, to = this.count): Line[] {
    const end = Math.min(to, this.count);
    const out = new Array<Line>(Math.max(0, end - from));
    for (let i = from; i < end; i++) out[i - from] = { text: this.text(i), term: this.term(i) };
    return out;
  }
}

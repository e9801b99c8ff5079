/**
 * What reading links in one text needs to know about all of it, found in one pass: which
 * `]` closes each `[`, which `)` closes each `(`, where the unescaped whitespace and `>` are.
 * Reading links by scanning forward from every `[` rescans the rest of the line each time a
 * link fails to close: `[a](` × 50,000 took most of a minute. With this, every question
 * (closing bracket, end of destination, end of `<…>`) is a lookup or a binary search.
 *
 * Escapes are read as the scanners in links.ts read them: a backslash hides the character
 * after it. The answers hold for scans that start on a character no backslash hides, which
 * is where links.ts starts them (a `[`, or what follows `](` and spaces).
 */
export class LinkScan {
  /** For a `[` or `(`: index of its closing `]` or `)`; -1 when unclosed or not an opener. */
  private readonly partner: Int32Array;
  /** Indices of whitespace that ends a bare destination (space, tab, line break, …). */
  private readonly spaces: number[] = [];
  /** Indices of `>` and `\n` not hidden by a backslash (ends of `<…>` destinations). */
  private readonly angleStops: number[] = [];

  constructor(readonly text: string) {
    this.partner = new Int32Array(text.length).fill(-1);
    const brackets: number[] = [];
    const parens: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 92 /* \ */) {
        // `\` then a line break: the break still ends a `<…>` destination.
        if (text.charCodeAt(i + 1) === 10) this.angleStops.push(i + 1);
        i++;
      } else if (code === 91 /* [ */) brackets.push(i);
      else if (code === 93 /* ] */) {
        const open = brackets.pop();
        if (open !== undefined) this.partner[open] = i;
      } else if (code === 40 /* ( */) parens.push(i);
      else if (code === 41 /* ) */) {
        const open = parens.pop();
        if (open !== undefined) this.partner[open] = i;
      } else if (code === 62 /* > */) this.angleStops.push(i);
      else if (code === 10) {
        this.angleStops.push(i);
        this.spaces.push(i);
      } else if (code === 32 || code === 9 || (code < 32 && /\s/.test(text[i] as string))) {
        this.spaces.push(i);
      }
    }
  }

  /** Index of the `]` closing the `[` at `open`, -1 when it never closes. */
  closingBracket(open: number): number {
    return this.partner[open] ?? -1;
  }

  /**
   * Where a bare destination that starts at `from` (inside the `(` at `open`) ends: at the
   * first whitespace or at the `)` that closes `open`, whichever comes first; the text's
   * length when neither comes.
   */
  destinationEnd(open: number, from: number): number {
    const close = this.partner[open] ?? -1;
    const space = firstAtOrAfter(this.spaces, from);
    const limit = close < 0 ? this.text.length : close;
    return space >= 0 && space < limit ? space : limit;
  }

  /** Index of the first `>` or line break at or after `from`; -1 when none. */
  angleEnd(from: number): number {
    return firstAtOrAfter(this.angleStops, from);
  }
}

/** The first value in ascending `sorted` that is ≥ `at`; -1 when none. */
function firstAtOrAfter(sorted: number[], at: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as number) < at) low = mid + 1;
    else high = mid;
  }
  return low < sorted.length ? (sorted[low] as number) : -1;
}

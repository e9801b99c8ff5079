/**
 * Read access to a document's line texts by index, without a Line object per line: the
 * import's block readers take the compact LineStore (line-store.ts) through this, so an
 * import never forces `doc.lines` (a million-line file held 25× its size as Line objects).
 */
export interface LineTexts {
  readonly length: number;
  /** Line i without its terminator ('' past the end). */
  text(i: number): string;
}

/** Line objects (or anything with a `text`) read through the same accessor. */
export function textsOf(lines: readonly { text: string }[]): LineTexts {
  return { length: lines.length, text: (i) => lines[i]?.text ?? '' };
}

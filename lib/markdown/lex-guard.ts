/**
 * What marked's block lexer is given. marked reads a block quote or a nested list by lexing
 * its content again, one call deeper per level: 2,000 nested `> ` in a 4 KB file overflow the
 * stack, and each level rescans (and copies) what is inside it. No real list nests that deep,
 * so nesting past a fixed depth is flattened before marked sees it: the extra list markers
 * are replaced by a letter, and the run of extra quote markers by one letter, which makes
 * them plain text inside the deepest level kept. The run is cut to one letter, not a letter
 * per marker, because marked copies each level's text: 8 copies of a 4 KB line held 60×
 * the file (issue 12.5). Line breaks all stay where they were, so a token's offset in the
 * lexed text still names its line (line-index.ts), and the document's bytes are untouched:
 * only the text handed to the lexer changes.
 */

/** Block quotes deeper than this are read as text inside the last level kept. */
export const MAX_QUOTE_DEPTH = 8;

/**
 * A list item whose marker is indented this far is read as text of the item above. Each
 * nesting level needs at least two columns (`- `), so this also bounds list depth (≤ 16).
 */
export const MAX_LIST_INDENT = 32;

/** Stands in for flattened `>` markers or a list marker: a letter starts no block. */
const FLAT = 'x';

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/**
 * `text` with quote markers beyond `quoteDepth` levels and list markers indented by
 * MAX_LIST_INDENT columns or more flattened; the text itself when there are none (the
 * common case: one linear scan, no copy). Its lines are the text's lines, in order.
 */
export function guardForLexer(text: string, quoteDepth = MAX_QUOTE_DEPTH): string {
  // Pairs [from, to): each range is replaced by one FLAT letter.
  const edits: number[] = [];
  for (let lineStart = 0; ;) {
    const newline = text.indexOf('\n', lineStart);
    lineEdits(text, lineStart, newline < 0 ? text.length : newline, quoteDepth, edits);
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  if (!edits.length) return text;
  const out: string[] = [];
  let copied = 0;
  for (let i = 0; i < edits.length; i += 2) {
    out.push(text.slice(copied, edits[i]), FLAT);
    copied = edits[i + 1] ?? copied;
  }
  out.push(text.slice(copied));
  return out.join('');
}

/**
 * Adds to `edits` the ranges to flatten on one line (usually none): the quote markers past
 * `quoteDepth`, from the first to the last, and a list marker indented too far.
 */
function lineEdits(
  text: string,
  start: number,
  end: number,
  quoteDepth: number,
  edits: number[],
): void {
  let at = start;
  let depth = 0;
  let column = 0;
  let firstExtra = -1;
  let lastExtra = -1;
  for (;;) {
    // Up to three spaces, then `>`: one more quote level (CommonMark's block quote marker).
    let spaces = 0;
    while (spaces < 4 && at + spaces < end && text.charCodeAt(at + spaces) === 32) spaces++;
    if (spaces > 3 || text.charCodeAt(at + spaces) !== 62 /* > */ || at + spaces >= end) break;
    const marker = at + spaces;
    depth++;
    if (depth > quoteDepth) {
      if (firstExtra < 0) firstExtra = marker;
      lastExtra = marker;
    }
    at = marker + 1;
    if (text.charCodeAt(at) === 32 && at < end) at++;
    column = 0;
  }
  if (firstExtra >= 0) edits.push(firstExtra, lastExtra + 1);
  // Indentation of what follows the quote markers: tabs count to the next multiple of 4.
  let i = at;
  for (; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) column++;
    else if (code === 9) column += 4 - (column % 4);
    else break;
  }
  if (column >= MAX_LIST_INDENT && i < end) {
    const marker = LIST_MARKER.exec(text.slice(i, Math.min(end, i + 11)));
    // A bullet becomes a letter; an ordered marker loses its `.`/`)` (digits alone start nothing).
    const flat = marker ? (marker[0].length === 1 ? i : i + marker[0].length - 1) : -1;
    if (flat >= 0) edits.push(flat, flat + 1);
  }
}

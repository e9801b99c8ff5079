/**
 * New cells in an HTML table of contents whose rows hold one cell a line (`<tr>`, a `<td>`
 * line per topic, `</tr>`): they go right after the cell they follow, fill that row while
 * it has room, and start rows like the others when it has none; no row grows wider than
 * the TOC's widest, and the cells after them keep their order.
 */
import type { Doc } from './document';
import { type HtmlToc, rowAround } from './toc-html';

/** A new TOC line, with the row lines of its level when it is a cell of a row. */
export interface WrittenLine {
  text: string;
  row: { open: string; close: string } | null;
}

/** Cells a row holds, most of any row in the TOC (1 when rows are lines of their own). */
function widestRow(doc: Doc, toc: HtmlToc): number {
  let widest = 1;
  let cells = -1;
  for (let line = toc.start; line < toc.end; line++) {
    const text = doc.lines[line]?.text ?? '';
    if (/^\s*<tr\b[^>]*>\s*$/i.test(text)) cells = 0;
    else if (/^\s*<\/tr\s*>\s*$/i.test(text)) {
      widest = Math.max(widest, cells);
      cells = -1;
    } else if (cells >= 0 && text.includes('href')) cells++;
  }
  return widest;
}

/** The lines of `written` in rows of at most `widest` cells (lines of their own as they are). */
function rows(written: WrittenLine[], widest: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < written.length;) {
    const row = written[i]?.row;
    if (!row) {
      lines.push(written[i]?.text ?? '');
      i++;
      continue;
    }
    lines.push(row.open);
    for (let n = 0; n < widest && written[i]?.row; n++, i++) lines.push(written[i]?.text ?? '');
    lines.push(row.close);
  }
  return lines;
}

/**
 * Inserts for `written` placed after the TOC line `after` (the last line of what they
 * follow) and before the line `next` of a sibling that stays after them, if any.
 */
export function placeCells(
  doc: Doc,
  toc: HtmlToc,
  written: WrittenLine[],
  after: number,
  next: number | undefined,
  end: number,
): { at: number; lines: string[] }[] {
  const widest = widestRow(doc, toc);
  const rowBefore = rowAround(doc, toc, after);
  const rowNext = next === undefined ? null : rowAround(doc, toc, next);
  const row = written[0]?.row;
  if (row && next !== undefined && rowNext && rowBefore?.open === rowNext.open) {
    // Both in one row: it closes before `next`; the new cells take rows of their own, the
    // last of which `next` and the rest of the old row join while it has room.
    const lines = [row.close, ...rows(written, widest)];
    const last = written.length % widest || widest;
    if (written.every((w) => w.row) && last + (rowNext.close - next) <= widest) lines.pop();
    else lines.push(row.open);
    return [{ at: next, lines }];
  }
  const inserts: { at: number; lines: string[] }[] = [];
  let queue = written;
  if (rowBefore && row) {
    const room = widest - (rowBefore.close - rowBefore.open - 1);
    let fit = 0;
    while (fit < room && queue[fit]?.row) fit++;
    if (fit) inserts.push({ at: rowBefore.close, lines: queue.slice(0, fit).map((w) => w.text) });
    queue = queue.slice(fit);
  }
  const at = rowNext ? rowNext.open : (next ?? end);
  if (queue.length) inserts.push({ at, lines: rows(queue, widest) });
  return inserts;
}

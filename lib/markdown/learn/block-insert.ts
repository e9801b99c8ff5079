/**
 * Where new block entries go (blocks.ts): among the section's blocks, newest-first where
 * they run newest first (by arXiv id), else after the last one; apart from their
 * neighbours by as many blank lines as the neighbours keep between them.
 */
import type { Item } from '../../types';
import type { Doc, Entry } from '../document';
import { isBlank } from '../lines';
import { isNewestFirst, newestFirst, paperOrder } from '../order';

export interface BlockInsert {
  /** Insert before this line. */
  at: number;
  lines: string[];
}

/** The blank lines most often kept between two neighbouring blocks (the gap after a lone one). */
export function blockGap(doc: Doc, blocks: Entry[]): number {
  const counts = new Map<number, number>();
  const blanksFrom = (line: number, limit: number) => {
    let at = line;
    while (at < limit && isBlank(doc.lines[at]?.text ?? '')) at++;
    return at - line;
  };
  for (let i = 1; i < blocks.length; i++) {
    const before = blocks[i - 1] as Entry;
    const next = blocks[i] as Entry;
    const blank = blanksFrom(before.end, next.start);
    // Only neighbours with nothing but blank lines between them tell the gap.
    if (before.end + blank !== next.start) continue;
    counts.set(blank, (counts.get(blank) ?? 0) + 1);
  }
  let best = -1;
  let most = 0;
  for (const [gap, count] of counts)
    if (count > most || (count === most && gap < best)) [best, most] = [gap, count];
  if (best >= 0) return best;
  const last = blocks[blocks.length - 1];
  if (!last || last.shape.block === 'html-row') return 0;
  return Math.max(1, Math.min(2, blanksFrom(last.end, doc.lines.length)));
}

const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/;

/**
 * How the blocks are ordered: by arXiv id where those run newest first, else by the year
 * each block's first line starts with (`2024 [Title](…)` summaries), when every block has one.
 */
function blockOrder(
  doc: Doc,
  blocks: Entry[],
): { orders: number[]; order: (item: Item) => number } {
  const ids = blocks.map((block) => paperOrder(block.capture));
  if (isNewestFirst(ids)) return { orders: ids, order: paperOrder };
  const years = blocks.map((block) => {
    const text = doc.lines[block.start]?.text.replace(/<[^<>]*>/g, ' ').trim() ?? '';
    const year = YEAR.exec(text.slice(0, 8));
    return year ? Number(year[1]) : Number.NaN;
  });
  if (years.some((year) => Number.isNaN(year))) return { orders: ids, order: paperOrder };
  const yearOf = (item: Item) => {
    const year = item.venue?.year ?? Number(/^\d{4}/.exec(item.published ?? '')?.[0]);
    return year || Number.NaN;
  };
  return { orders: years, order: yearOf };
}

/** Whether the blocks run newest first (by arXiv id, else by their leading years). */
export function blocksNewestFirst(doc: Doc, blocks: Entry[]): boolean {
  return isNewestFirst(blockOrder(doc, blocks).orders);
}

/** The inserts for `fresh` items among a section's blocks (in line order), written by `write`. */
export function planBlockInserts(
  doc: Doc,
  blocks: Entry[],
  fresh: Item[],
  write: (item: Item) => string[],
): BlockInsert[] {
  const last = blocks[blocks.length - 1];
  if (!last) return [];
  const gap = blockGap(doc, blocks);
  const blank = new Array<string>(gap).fill('');
  const { orders, order } = blockOrder(doc, blocks);
  const newest = isNewestFirst(orders);
  const inserts: BlockInsert[] = [];
  const atEnd: string[] = [];
  for (const item of newest ? newestFirst(fresh) : fresh) {
    const lines = write(item);
    const own = order(item);
    const older =
      newest && !Number.isNaN(own)
        ? blocks.find((_, i) => (orders[i] ?? Number.NaN) < own)
        : undefined;
    if (older) inserts.push({ at: older.start, lines: [...lines, ...blank] });
    else for (const line of [...blank, ...lines]) atEnd.push(line);
  }
  if (atEnd.length) {
    // A line right under the last block keeps its distance from the new one.
    const next = doc.lines[last.end]?.text;
    if (gap > 0 && next !== undefined && !isBlank(next)) for (const line of blank) atEnd.push(line);
    inserts.push({ at: last.end, lines: atEnd });
  }
  return inserts;
}

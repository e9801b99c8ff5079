/**
 * The block entries of a document (blocks.ts): read after the block tokens are walked,
 * they take the place of whatever list items or entries their lines held (a details
 * block's inner lists, a paragraph entry's link bullets, a paper heading's bullets).
 */
import type { LineTexts } from '../line-texts';
import type { TopBlocks } from '../top-blocks';
import { detailsEntries } from './details-entry';
import { foldHeadingEntries, type HeadingLines } from './heading-entry';
import { htmlTableEntries } from './html-table';
import { paragraphEntries } from './paragraph-entry';
import type { RowEntry } from './rows';

/** The block entries, and the indices of the headings that are entries (paper headings). */
export function readBlocks(
  lines: LineTexts,
  tops: TopBlocks,
  headings: HeadingLines,
  pending: Parameters<typeof foldHeadingEntries>[2],
): { folded: Set<number>; entries: RowEntry[] } {
  const folded = foldHeadingEntries(lines, headings, pending);
  // In line order: outside() drops a span that starts inside an earlier one, so a details
  // block further down must not hide the paragraph entries above it.
  const others = [
    ...detailsEntries(lines, tops),
    ...paragraphEntries(lines, tops),
    ...htmlTableEntries(lines, tops),
  ].sort((a, b) => a.start - b.start);
  // A block inside a paper heading's body (or inside another block) is part of that entry.
  const entries = [...folded.entries, ...outside(others, folded.entries)].sort(
    (a, b) => a.start - b.start,
  );
  return { folded: folded.folded, entries: outside(entries, []) };
}

/**
 * The spans that lie outside every block (blocks in line order, not overlapping each other
 * once filtered). Spans nested in an earlier span of the same list are dropped too.
 */
export function outside<T extends { start: number; end: number }>(
  spans: T[],
  blocks: { start: number; end: number }[],
): T[] {
  const sorted = [...blocks].sort((a, b) => a.start - b.start);
  const starts = sorted.map((block) => block.start);
  const inBlock = (line: number) => {
    let low = 0;
    let high = starts.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((starts[mid] ?? 0) <= line) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found >= 0 && line < (sorted[found]?.end ?? 0);
  };
  const kept: T[] = [];
  let reach = -1;
  for (const span of spans) {
    if (inBlock(span.start)) continue;
    if (blocks.length === 0 && span.start < reach) continue;
    kept.push(span);
    reach = Math.max(reach, span.end);
  }
  return kept;
}

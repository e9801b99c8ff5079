/**
 * Which end of a section holds its most recent entries, read the way a save reads the
 * section's order (insert.ts): block entries by their arXiv ids or leading years, other
 * entries by the dates they show, else by their arXiv ids. Where nothing tells, the bottom
 * does: that is where a list's owner adds.
 */
import type { Doc, Entry } from '../document';
import { blocksNewestFirst } from './block-insert';
import { direction, keyFrom, keySource } from './entry-order';

/** Whether one section's entries (in document order) run newest first. */
export function runsNewestFirst(
  doc: Doc,
  entries: Entry[],
  partsOf: (entry: Entry) => string[],
): boolean {
  if (entries.length < 2) return false;
  if (entries.every((entry) => entry.shape.block)) return blocksNewestFirst(doc, entries);
  // Long sections are judged by their ends, as a save judges them.
  const sample = entries.length > 120 ? [...entries.slice(0, 60), ...entries.slice(-60)] : entries;
  const keyed = sample.map((entry) => ({
    parts: partsOf(entry),
    arxivId: entry.capture.arxiv?.id,
  }));
  const source = keySource(keyed);
  return source !== null && direction(keyed.map((entry) => keyFrom(source, entry))) === 'newest';
}

/** A section's entries, most recent first. */
export function recentFirst(
  doc: Doc,
  entries: Entry[],
  partsOf: (entry: Entry) => string[],
): Entry[] {
  return runsNewestFirst(doc, entries, partsOf) ? entries : [...entries].reverse();
}

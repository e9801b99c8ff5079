/**
 * Checking, before a large write, that it fits in what the browser still allows the
 * extension: a full disk part-way through an import is how a collection was lost (issue
 * 12.1). The estimate is passed in (`navigator.storage.estimate` in the page).
 */
import { StoreError } from './errors';

export type Estimate = () => Promise<{ usage?: number; quota?: number }>;

/**
 * IndexedDB keeps a record several times over while writing it (the structured clone, its
 * index entries, LevelDB's log before compaction): budget this many bytes per byte of JSON.
 */
export const WRITE_OVERHEAD = 4;

/** The bytes `value` takes as JSON (UTF-8 roughly: one byte per character). */
export function jsonBytes(value: unknown): number {
  return JSON.stringify(value)?.length ?? 0;
}

function megabytes(bytes: number): string {
  return `${(Math.max(bytes, 0) / 1_000_000).toFixed(1)} MB`;
}

/** Throws a plain sentence when `needed` bytes will not fit; passes when it cannot tell. */
export async function ensureSpace(estimate: Estimate | undefined, needed: number): Promise<void> {
  if (!estimate) return;
  let usage: number | undefined;
  let quota: number | undefined;
  try {
    ({ usage, quota } = await estimate());
  } catch {
    return; // no estimate in this browser: the write itself is still rolled back if it fails
  }
  if (usage === undefined || quota === undefined) return;
  const free = quota - usage;
  if (free < needed) {
    throw new StoreError(
      `There is not enough free space for this: it needs about ${megabytes(needed)} and the browser has ${megabytes(free)} left for Paper Shelf. Free some disk space and try again.`,
    );
  }
}

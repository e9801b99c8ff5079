/**
 * Checking, before a large write, that it fits: a full disk part-way through an import is
 * how a collection was lost (issue 12.1): Chrome's IndexedDB met FILE_ERROR_NO_SPACE and
 * dropped the database at the next start. Two checks are passed in from the page:
 * `navigator.storage.estimate` (what the browser allows the extension; it does not know
 * the disk is full: on a 120 MB disk with 2 MB free it still offers 1 GB) and a probe that
 * writes as many bytes elsewhere (a scratch file, not the database) and deletes them.
 */
import { StoreError } from './errors';

export type Estimate = () => Promise<{ usage?: number; quota?: number }>;

/** Writes `bytes` bytes somewhere harmless and removes them; throws when they do not fit. */
export type SpaceProbe = (bytes: number) => Promise<void>;

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
export async function ensureSpace(
  estimate: Estimate | undefined,
  needed: number,
  probe?: SpaceProbe,
): Promise<void> {
  await withinQuota(estimate, needed);
  if (!probe) return;
  try {
    await probe(needed);
  } catch {
    throw new StoreError(
      `There is not enough free disk space for this: it needs about ${megabytes(needed)}. Free some disk space and try again.`,
    );
  }
}

async function withinQuota(estimate: Estimate | undefined, needed: number): Promise<void> {
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

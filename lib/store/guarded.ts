/**
 * Large writes (a Markdown import, a refresh, restoring a backup or a safety copy) run
 * guarded: the space they need is checked first, a safety copy of the collection is kept
 * before anything is written, and when the write fails the collection is counted again,
 * so the message says "unchanged" only when it was checked to be so.
 */
import type { Operation, Outcome } from '../collection/slice';
import type { CollectionStore, Counts } from './collection-store';
import { describeStoreError, StoreError } from './errors';
import { countsOf, type SafetyCopies, type SafetyReason } from './safety';
import { type Estimate, ensureSpace, jsonBytes, type SpaceProbe, WRITE_OVERHEAD } from './space';

export interface Guard {
  /** `navigator.storage.estimate` in the page; without it the space is not checked. */
  estimate?: Estimate;
  /** Writes the bytes a write needs elsewhere first (see space.ts); without it, no probe. */
  probe?: SpaceProbe;
  /** Where safety copies go; without it none is taken. */
  safety?: SafetyCopies;
  now: number;
}

/** A guarded write failed; `unchanged` says whether a count after the failure proved so. */
export class GuardedWriteError extends StoreError {
  override name = 'GuardedWriteError';
  constructor(
    message: string,
    readonly unchanged: boolean,
    readonly before: Counts,
    readonly after: Counts | undefined,
  ) {
    super(message);
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function describeCounts(counts: Counts): string {
  return `${plural(counts.items, 'item')} and ${plural(counts.lists, 'list')}`;
}

function sameCounts(a: Counts, b: Counts | undefined): boolean {
  return b !== undefined && a.lists === b.lists && a.topics === b.topics && a.items === b.items;
}

/**
 * Runs `operation` guarded. `incomingBytes` is the size of what it adds (the file's
 * text); `nothingDone` opens the messages of a refusal ("Nothing was imported").
 */
export async function runGuarded<T>(
  store: CollectionStore,
  operation: Operation<T>,
  options: { incomingBytes: number; reason: SafetyReason; nothingDone: string },
  guard: Guard,
): Promise<Outcome<T>> {
  const collection = await store.readAll();
  const before = countsOf(collection);
  const hasData = before.items > 0 || before.lists > 0;
  const copyBytes = guard.safety && hasData ? jsonBytes(collection) : 0;
  try {
    const needed = copyBytes * 2 + options.incomingBytes * WRITE_OVERHEAD;
    await ensureSpace(guard.estimate, needed, guard.probe);
  } catch (error) {
    throw new GuardedWriteError(
      `${options.nothingDone}: ${(error as Error).message}`,
      true,
      before,
      before,
    );
  }
  if (guard.safety && hasData) {
    try {
      await guard.safety.take(collection, options.reason, guard.now);
    } catch (error) {
      throw new GuardedWriteError(
        `${options.nothingDone}: Paper Shelf could not keep a safety copy of your collection first (${describeStoreError(error).message}). Export a backup, free some space, and try again.`,
        true,
        before,
        before,
      );
    }
  }
  try {
    return await store.run(operation);
  } catch (error) {
    const reason = describeStoreError(error).message.replace(/\.+$/, '');
    const after = await store.counts().catch(() => undefined);
    if (sameCounts(before, after)) {
      throw new GuardedWriteError(
        `${options.nothingDone}; your collection is unchanged (checked: ${describeCounts(before)}): ${reason}`,
        true,
        before,
        after,
      );
    }
    const putBack =
      guard.safety && hasData
        ? 'use “Restore the collection as it was before the last import”'
        : 'import your last backup';
    if (!after) {
      // Not checked, so neither "unchanged" nor "changed": say what is known.
      throw new GuardedWriteError(
        `This failed (${reason}) and your collection could not be read afterwards to check it. Reload this page; if it holds less than ${describeCounts(before)}, ${putBack}.`,
        false,
        before,
        after,
      );
    }
    throw new GuardedWriteError(
      `This failed part-way and your collection changed (${describeCounts(before)} before, ${describeCounts(after)} now): ${reason}. To put it back, ${putBack}.`,
      false,
      before,
      after,
    );
  }
}

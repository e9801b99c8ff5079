import { CollectionError } from '../collection/collection';

/** Store failures a person can act on, with a message fit to show them. */
export class StoreError extends CollectionError {
  override name = 'StoreError';
}

/** Turns IndexedDB's DOMExceptions into messages that say what to do. */
export function describeStoreError(error: unknown): Error {
  // A rule's refusal (lib/collection) is already worded for people.
  if (error instanceof CollectionError) return error;
  const name = (error as { name?: string })?.name;
  if (name === 'QuotaExceededError') {
    return new StoreError(
      'The browser has no room left for Paper Shelf: free some disk space or export and remove old lists, then try again.',
    );
  }
  if (name === 'VersionError') {
    return new StoreError(
      'Your collection was saved by a newer version of Paper Shelf: update the extension to open it.',
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Rolls back a readwrite transaction that failed part way and returns the error to show.
 * A full disk aborts the transaction itself: then its `error` says why, while the failed
 * requests only say "aborted". A transaction that already ended needs no abort.
 */
export function rollBack(
  tx: { abort(): void; done: Promise<void>; error: DOMException | null },
  error: unknown,
): Error {
  tx.done.catch(() => undefined); // the rejection is the abort asked for here
  try {
    tx.abort();
  } catch {
    // already committed or aborted
  }
  return describeStoreError(tx.error ?? error);
}

/**
 * Collects a transaction's write requests, to await with the transaction. When one fails,
 * the others still pending reject with AbortError: those are caught here, so the real
 * cause is the one reported.
 */
export class Writes {
  private readonly pending: Promise<unknown>[] = [];

  track(request: Promise<unknown>): void {
    request.catch(() => undefined);
    this.pending.push(request);
  }

  /** Every write, then the transaction's end. */
  async done(tx: { done: Promise<void> }): Promise<void> {
    await Promise.all([...this.pending, tx.done]);
  }
}

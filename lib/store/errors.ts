/** Store failures a person can act on, with a message fit to show them. */
export class StoreError extends Error {
  override name = 'StoreError';
}

/** Turns IndexedDB's DOMExceptions into messages that say what to do. */
export function describeStoreError(error: unknown): Error {
  if (error instanceof StoreError) return error;
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

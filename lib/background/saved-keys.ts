/**
 * The identity keys of every saved record, held in the worker's memory, so the badge check
 * that runs on each navigation asks nothing of IndexedDB: the database lives in the browser
 * process, which is busy committing that very navigation, and a read then took 1–5 ms.
 *
 * Loaded on first use. The worker's own saves `add` their key; a page that changed the
 * collection (a removal, a merge, an import) says so with `savedStateChanged`, and the
 * background calls `invalidate`.
 */

/** What the badge code asks: which of these keys are saved. `Shelf` answers it too. */
export interface SavedLookup {
  savedKeys(keys: string[]): Promise<string[]>;
}

export class SavedKeys implements SavedLookup {
  private loaded: Promise<Set<string>> | undefined;

  constructor(private readonly load: () => Promise<string[]>) {}

  async savedKeys(keys: string[]): Promise<string[]> {
    const saved = await this.current();
    return keys.filter((key) => saved.has(key));
  }

  /** A save made in the worker: no need to read everything again. */
  add(key: string): void {
    // The same set every answer reads; a failed read is dealt with in `current`.
    void this.loaded?.then(
      (saved) => saved.add(key),
      () => undefined,
    );
  }

  /** The collection changed elsewhere: the next question reads it afresh. */
  invalidate(): void {
    this.loaded = undefined;
  }

  private current(): Promise<Set<string>> {
    if (!this.loaded) {
      const loading = this.load().then((keys) => new Set(keys));
      // A failed read is not remembered: the next question tries again.
      loading.catch(() => {
        if (this.loaded === loading) this.loaded = undefined;
      });
      this.loaded = loading;
    }
    return this.loaded;
  }
}

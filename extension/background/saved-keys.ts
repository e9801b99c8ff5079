/**
 * The identity keys of every saved record, held in the worker's memory, so the badge check
 * that runs on each navigation asks nothing of IndexedDB: the database lives in the browser
 * process, which is busy committing that very navigation, and a read then took 1–5 ms.
 *
 * The worker sleeps when idle and wakes on the next navigation, with nothing in memory: until
 * all the keys are read, a question goes to the store (one key costs less than all of them).
 * The worker's own saves `add` their key; a page that changed the collection (a removal, a
 * merge, an import) says so with `savedStateChanged`, and the background calls `invalidate`.
 */

/** What the badge code asks: which of these keys are saved. `CollectionStore` answers it too. */
export interface SavedLookup {
  savedKeys(keys: string[]): Promise<string[]>;
}

/** Where the keys come from (the store). */
export interface KeySource extends SavedLookup {
  allKeys(): Promise<string[]>;
}

export class SavedKeys implements SavedLookup {
  private keys: Set<string> | undefined;
  private loading = false;
  /** Bumped by every change: a read that began before it is thrown away. */
  private generation = 0;

  constructor(private readonly source: () => Promise<KeySource>) {}

  async savedKeys(keys: string[]): Promise<string[]> {
    const known = this.keys;
    if (known) return keys.filter((key) => known.has(key));
    this.startLoading();
    return (await this.source()).savedKeys(keys);
  }

  /** A save made in the worker: no need to read everything again. */
  add(key: string): void {
    if (this.keys) this.keys.add(key);
    else this.invalidate(); // a read under way may have missed it
  }

  /** The collection changed elsewhere: the next question reads it afresh. */
  invalidate(): void {
    this.generation++;
    this.keys = undefined;
    this.loading = false;
  }

  private startLoading(): void {
    if (this.loading) return;
    this.loading = true;
    const generation = this.generation;
    void (async () => {
      try {
        const keys = await (await this.source()).allKeys();
        if (generation === this.generation) this.keys = new Set(keys);
      } catch {
        // Not remembered: the store answers meanwhile, and the next question tries again.
      } finally {
        if (generation === this.generation) this.loading = false;
      }
    })();
  }
}

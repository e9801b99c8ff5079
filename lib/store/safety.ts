/**
 * Safety copies of the whole collection, taken automatically before an import, a refresh
 * or a restore replaces much of it, and kept outside the collection's own database (the
 * extension's `storage.local`, passed in): when a failing disk takes the database with it,
 * the copy is still there. The last two are kept; older ones are removed.
 */
import type { Collection } from '../collection/collection';
import type { Counts } from './collection-store';

/** The part of `browser.storage.local` used here (tests pass a Map-backed fake). */
export interface SafetyArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export type SafetyReason = 'import' | 'refresh' | 'restore';

/** What the library needs to know of a copy without reading it whole. */
export interface SafetyCopyInfo {
  key: string;
  at: number;
  reason: SafetyReason;
  counts: Counts;
}

const INDEX_KEY = 'safety:index';
export const SAFETY_COPIES_KEPT = 2;

export function countsOf(collection: Collection): Counts {
  return {
    lists: collection.lists.length,
    topics: collection.topics.length,
    items: collection.items.length,
  };
}

export class SafetyCopies {
  constructor(
    private readonly area: SafetyArea,
    private readonly kept = SAFETY_COPIES_KEPT,
  ) {}

  /** The copies, newest first. */
  async list(): Promise<SafetyCopyInfo[]> {
    const stored = (await this.area.get(INDEX_KEY))[INDEX_KEY];
    return Array.isArray(stored) ? (stored as SafetyCopyInfo[]) : [];
  }

  async latest(): Promise<SafetyCopyInfo | undefined> {
    return (await this.list())[0];
  }

  /**
   * Keeps a copy of `collection`. The copy is written before the index names it and
   * before an older copy goes; only when there is no room for it do older copies go first.
   */
  async take(collection: Collection, reason: SafetyReason, at: number): Promise<SafetyCopyInfo> {
    const copies = await this.list();
    let key = `safety:${at}`;
    for (let n = 1; copies.some((copy) => copy.key === key); n++) key = `safety:${at}-${n}`;
    const info: SafetyCopyInfo = { key, at, reason, counts: countsOf(collection) };
    try {
      await this.area.set({ [key]: collection });
    } catch (error) {
      // No room for one more (storage.local holds 10 MB in Chrome, about 20,000 records):
      // the older copies make way for the one of the collection as it is now, unless the
      // collection holds less than the last copy (then that copy is the one worth keeping).
      const last = copies[0];
      if (last && isEmptierThan(countsOf(collection), last)) throw error;
      await this.area.remove(copies.map((copy) => copy.key));
      await this.area.set({ [INDEX_KEY]: [] });
      copies.length = 0;
      await this.area.set({ [key]: collection });
    }
    const next = [info, ...copies];
    await this.area.set({ [INDEX_KEY]: next.slice(0, this.kept) });
    const old = next.slice(this.kept).map((copy) => copy.key);
    if (old.length) await this.area.remove(old);
    return info;
  }

  async read(info: SafetyCopyInfo): Promise<Collection> {
    const stored = (await this.area.get(info.key))[info.key] as Collection | undefined;
    if (!stored || !Array.isArray(stored.items)) {
      throw new Error('That safety copy is no longer there.');
    }
    return stored;
  }
}

/**
 * Whether the collection holds less than its last safety copy: fewer lists or fewer items
 * (topics follow items). Then the library offers to put the copy back.
 */
export function isEmptierThan(now: Counts, copy: SafetyCopyInfo): boolean {
  return now.items < copy.counts.items || now.lists < copy.counts.lists;
}

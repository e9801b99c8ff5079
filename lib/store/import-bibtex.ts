/**
 * "Import BibTeX" on the library page: every entry of a `.bib` file filed under one topic
 * of a list, in one transaction. The file is read and checked before the transaction
 * starts: a bad entry (named, with its line) leaves the collection as it was.
 */
import { fileBibtexEntries } from '../bibtex/apply';
import { importBibtex } from '../bibtex/import';
import { type Collection, defaultNewId, type NewId } from '../collection/collection';
import type { List } from '../types';
import { rollBack, StoreError, Writes } from './errors';
import type { ShelfDb } from './library';

export interface ImportBibtexOptions {
  listId: string;
  /** Topic path to file under (`''`: the list itself); created when new. */
  topic: string;
  now: number;
  newId?: NewId;
}

export interface ImportBibtexResult {
  list: List;
  created: number;
  merged: number;
}

export async function importBibtexFile(
  db: ShelfDb,
  text: string,
  options: ImportBibtexOptions,
): Promise<ImportBibtexResult> {
  // Throws BibtexReadError (entry and line) before anything is written.
  const entries = importBibtex(text);
  const tx = db.transaction(['lists', 'topics', 'items'], 'readwrite');
  try {
    const list = await tx.objectStore('lists').get(options.listId);
    if (!list) throw new StoreError('That list no longer exists.');
    const topics = await tx.objectStore('topics').index('by-list').getAll(list.id);
    // Every record: an entry's key may be taken as a cite key only if no record holds it.
    const items = await tx.objectStore('items').getAll();
    const collection: Collection = { lists: [list], topics: [...topics], items };
    const before = new Map(items.map((item) => [item.key, item]));
    const known = new Set(topics.map((topic) => topic.id));
    const result = fileBibtexEntries(
      collection,
      entries,
      { listId: list.id, topic: options.topic },
      options.now,
      options.newId ?? defaultNewId,
    );
    const writes = new Writes();
    for (const topic of collection.topics) {
      if (!known.has(topic.id)) writes.track(tx.objectStore('topics').put(topic));
    }
    for (const item of collection.items) {
      if (before.get(item.key) !== item) writes.track(tx.objectStore('items').put(item));
    }
    await writes.done(tx);
    return { list, ...result };
  } catch (error) {
    throw rollBack(tx, error);
  }
}

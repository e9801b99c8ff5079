/**
 * "Export backup" and "Import backup": the whole collection as the JSON document of
 * lib/backup.ts. An import is checked completely before its transaction starts and then
 * replaces the collection in that one transaction: a bad file changes nothing.
 */

import { parseBackup, serializeBackup } from '../backup';
import { type Collection, emptyCollection } from '../collection/collection';
import type { Backup } from '../types';
import { rollBack, Writes } from './errors';
import type { ShelfDb } from './library';

export async function exportBackup(db: ShelfDb, now: number): Promise<string> {
  const tx = db.transaction(['lists', 'topics', 'items']);
  const [lists, topics, items] = await Promise.all([
    tx.objectStore('lists').getAll(),
    tx.objectStore('topics').getAll(),
    tx.objectStore('items').getAll(),
  ]);
  const backup: Backup = {
    format: 'paper-shelf-backup',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    lists: lists.sort((a, b) => a.createdAt - b.createdAt),
    topics: topics.sort((a, b) => a.listId.localeCompare(b.listId) || a.order - b.order),
    items: items.sort((a, b) => a.savedAt - b.savedAt || a.key.localeCompare(b.key)),
  };
  return serializeBackup(backup);
}

/** Replaces the collection with the backup's; throws BackupError (with the line) first. */
export async function importBackup(db: ShelfDb, text: string): Promise<Collection> {
  const backup = parseBackup(text);
  const tx = db.transaction(['lists', 'topics', 'items', 'exports'], 'readwrite');
  try {
    await Promise.all([
      tx.objectStore('lists').clear(),
      tx.objectStore('topics').clear(),
      tx.objectStore('items').clear(),
      // The backup does not say what was last exported: lists fall back to exportedAt.
      tx.objectStore('exports').clear(),
    ]);
    const writes = new Writes();
    for (const list of backup.lists) writes.track(tx.objectStore('lists').put(list));
    for (const topic of backup.topics) writes.track(tx.objectStore('topics').put(topic));
    for (const item of backup.items) writes.track(tx.objectStore('items').put(item));
    await writes.done(tx);
    const collection = emptyCollection();
    return Object.assign(collection, {
      lists: backup.lists,
      topics: backup.topics,
      items: backup.items,
    });
  } catch (error) {
    throw rollBack(tx, error);
  }
}

/**
 * "Export backup" and "Import backup": the whole collection as the JSON document of
 * lib/backup.ts. An import is checked completely before anything is written, then replaces
 * the collection guarded (space checked, safety copy kept) in one transaction: a bad file
 * changes nothing.
 */
import { parseBackup, serializeBackup } from '../backup';
import type { Collection } from '../collection/collection';
import { replaceCollection } from '../collection/operations';
import type { Backup } from '../types';
import type { CollectionStore } from './collection-store';
import { type Guard, runGuarded } from './guarded';
import type { SafetyCopyInfo } from './safety';

export async function exportBackup(store: CollectionStore, now: number): Promise<string> {
  const { lists, topics, items } = await store.readAll();
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
export async function importBackup(
  store: CollectionStore,
  text: string,
  guard: Guard,
): Promise<Collection> {
  const backup = parseBackup(text);
  const { result } = await runGuarded(
    store,
    replaceCollection(backup),
    { incomingBytes: text.length, reason: 'restore', nothingDone: 'The backup was not imported' },
    guard,
  );
  return result;
}

/** "Restore the collection as it was before the last import": puts a safety copy back. */
export async function restoreSafetyCopy(
  store: CollectionStore,
  copy: SafetyCopyInfo,
  guard: Guard & { safety: NonNullable<Guard['safety']> },
): Promise<Collection> {
  const collection = await guard.safety.read(copy);
  const { result } = await runGuarded(
    store,
    replaceCollection(collection),
    {
      incomingBytes: JSON.stringify(collection).length,
      reason: 'restore',
      nothingDone: 'Nothing was restored',
    },
    guard,
  );
  return result;
}

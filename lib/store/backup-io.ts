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

/** The collection as a backup document, in the order a committed backup diffs best. */
export async function backupDocument(store: CollectionStore, now: number): Promise<Backup> {
  const { lists, topics, items } = await store.readAll();
  return {
    format: 'paper-shelf-backup',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    lists: lists.sort((a, b) => a.createdAt - b.createdAt),
    topics: topics.sort((a, b) => a.listId.localeCompare(b.listId) || a.order - b.order),
    items: items.sort((a, b) => a.savedAt - b.savedAt || a.key.localeCompare(b.key)),
  };
}

export async function exportBackup(store: CollectionStore, now: number): Promise<string> {
  return serializeBackup(await backupDocument(store, now));
}

/** Replaces the collection with the backup's; throws BackupError (with the line) first. */
export async function importBackup(
  store: CollectionStore,
  text: string,
  guard: Guard,
): Promise<Collection> {
  return restoreBackup(store, parseBackup(text), text.length, guard);
}

/** Replaces the collection with a backup already read and checked (`bytes`: its file's size). */
export async function restoreBackup(
  store: CollectionStore,
  backup: Backup,
  bytes: number,
  guard: Guard,
): Promise<Collection> {
  const { result } = await runGuarded(
    store,
    replaceCollection(backup),
    { incomingBytes: bytes, reason: 'restore', nothingDone: 'The backup was not imported' },
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

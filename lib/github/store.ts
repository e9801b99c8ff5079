/**
 * The extension's side of a sync, on the IndexedDB store: the list follows a file read from
 * GitHub by the existing "Import Markdown" refresh (one transaction: the list, its topics and
 * items, and the "new since last export" baseline), then the list keeps where its file is and
 * what it was in sync with. Reading a list's records for a push plan happens here too.
 */
import type { Collection } from '../collection/collection';
import { importMarkdown } from '../store/import-markdown';
import type { ShelfDb } from '../store/library';
import type { GitHubSync, List } from '../types';
import type { RemoteFile } from './contents';
import { fileNameOf, syncState } from './sync';
import type { FileRef } from './url';

/** A list and everything filed in it, as the push plan reads them. */
export async function loadListCollection(
  db: ShelfDb,
  listId: string,
): Promise<{ collection: Collection; list: List }> {
  const tx = db.transaction(['lists', 'topics', 'items']);
  const list = await tx.objectStore('lists').get(listId);
  if (!list) throw new Error('That list no longer exists.');
  const topics = await tx.objectStore('topics').index('by-list').getAll(listId);
  const byTopic = tx.objectStore('items').index('by-topic');
  const filed = (await Promise.all(topics.map((topic) => byTopic.getAll(topic.id)))).flat();
  await tx.done;
  const items = [...new Map(filed.map((item) => [item.key, item])).values()];
  return { collection: { lists: [list], topics, items }, list };
}

async function setSync(db: ShelfDb, listId: string, sync: GitHubSync): Promise<List> {
  const tx = db.transaction('lists', 'readwrite');
  const list = await tx.store.get(listId);
  if (!list) throw new Error('That list no longer exists.');
  const next: List = { ...list, github: sync, exportedAt: sync.syncedAt };
  await tx.store.put(next);
  await tx.done;
  return next;
}

/**
 * The file becomes a list (`listId` absent) or the list follows it; either way the file is
 * the list's base from now on.
 */
export async function takeRemoteFile(
  db: ShelfDb,
  ref: FileRef,
  file: RemoteFile,
  options: { listId?: string; now: number; keep?: Pick<GitHubSync, 'pullRequest'> },
): Promise<{ list: List; created: number; dropped: number }> {
  const result = await importMarkdown(db, file.text, {
    ...(options.listId ? { listId: options.listId } : { fileName: fileNameOf(ref) }),
    now: options.now,
  });
  const list = await setSync(db, result.list.id, {
    ...options.keep,
    ...syncState(ref, file, options.now),
  });
  return { list, created: result.created, dropped: result.dropped };
}

/** Remembers the pull request opened from the list; its base stays until a pull. */
export async function rememberPullRequest(
  db: ShelfDb,
  list: List,
  pullRequest: NonNullable<GitHubSync['pullRequest']>,
): Promise<List> {
  if (!list.github) return list;
  return setSync(db, list.id, { ...list.github, pullRequest });
}

/** The list forgets its file (its entries stay). */
export async function disconnectList(db: ShelfDb, listId: string): Promise<void> {
  const tx = db.transaction('lists', 'readwrite');
  const list = await tx.store.get(listId);
  if (list) {
    const { github: _gone, ...rest } = list;
    await tx.store.put(rest);
  }
  await tx.done;
}

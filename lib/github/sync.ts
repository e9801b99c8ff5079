/**
 * The collection side of a sync, on plain data (the CLI's backup; the extension's store
 * does the same in one transaction, lib/github/store.ts): connecting a list to a file,
 * pulling (the refresh-from-file rules: the list follows the file, everything saved since
 * stays), and taking what was pushed as the list's new base.
 */
import { applyImportedList } from '../collection/import';
import type { Collection, NewId } from '../collection/collection';
import { importList } from '../markdown/index';
import { refreshList } from '../store/import-markdown';
import type { GitHubSync, List } from '../types';
import type { RemoteFile } from './contents';
import type { FileRef } from './url';

export function syncState(ref: FileRef, file: RemoteFile, now: number): GitHubSync {
  return {
    owner: ref.owner,
    repo: ref.repo,
    branch: ref.branch,
    path: ref.path,
    baseText: file.text,
    baseSha: file.sha,
    syncedAt: now,
  };
}

/** The file's name for downloads: the path's last part. */
export function fileNameOf(ref: FileRef): string {
  return ref.path.split('/').at(-1) || 'README.md';
}

export interface ConnectResult {
  list: List;
  created: boolean;
  entries: number;
}

/** A new list from the file, or (named one exists) that list linked and refreshed from it. */
export function connectList(
  collection: Collection,
  ref: FileRef,
  file: RemoteFile,
  options: { name?: string; now: number; newId?: NewId },
): ConnectResult {
  const imported = importList(file.text);
  const existing =
    options.name === undefined
      ? undefined
      : collection.lists.find((list) => list.name === options.name);
  if (existing) {
    const { list } = takeFile(collection, existing, file, options.now, options.newId);
    setSync(collection, list.id, syncState(ref, file, options.now));
    return {
      list: findList(collection, list.id),
      created: false,
      entries: imported.entries.length,
    };
  }
  const applied = applyImportedList(collection, imported, file.text, {
    ...(options.name ? { name: options.name } : {}),
    fileName: fileNameOf(ref),
    now: options.now,
    ...(options.newId ? { newId: options.newId } : {}),
  });
  setSync(collection, applied.list.id, syncState(ref, file, options.now));
  return {
    list: findList(collection, applied.list.id),
    created: true,
    entries: imported.entries.length,
  };
}

/** Pull: the list follows the file; the file becomes the base. */
export function pullList(
  collection: Collection,
  list: List,
  ref: FileRef,
  file: RemoteFile,
  now: number,
): { list: List; created: number; dropped: number } {
  const refreshed = takeFile(collection, list, file, now);
  setSync(collection, list.id, { ...list.github, ...syncState(ref, file, now) });
  return {
    list: findList(collection, list.id),
    created: refreshed.created,
    dropped: refreshed.dropped,
  };
}

/** After a commit: what was pushed is the list's file and base. */
export function afterPush(
  collection: Collection,
  list: List,
  ref: FileRef,
  pushed: RemoteFile,
  now: number,
): List {
  takeFile(collection, list, pushed, now);
  setSync(collection, list.id, { ...list.github, ...syncState(ref, pushed, now) });
  return findList(collection, list.id);
}

function takeFile(
  collection: Collection,
  list: List,
  file: RemoteFile,
  now: number,
  newId?: NewId,
) {
  const refreshed = refreshList(collection, list, importList(file.text), file.text, {
    now,
    ...(newId ? { newId } : {}),
  });
  const orphans = new Set(refreshed.orphans);
  collection.items = collection.items.filter((item) => !orphans.has(item.key));
  const deleted = new Set(refreshed.deletedTopics);
  collection.topics = collection.topics.filter((topic) => !deleted.has(topic.id));
  return { list: refreshed.list, created: refreshed.created, dropped: refreshed.dropped };
}

function setSync(collection: Collection, listId: string, sync: GitHubSync): void {
  collection.lists = collection.lists.map((list) =>
    list.id === listId ? { ...list, github: sync, exportedAt: sync.syncedAt } : list,
  );
}

function findList(collection: Collection, id: string): List {
  return collection.lists.find((list) => list.id === id) as List;
}

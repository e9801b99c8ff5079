/**
 * The collection side of a sync on a collection held in memory (the CLI's backup, tests,
 * the bench): connecting a list to a file, pulling, and taking what was pushed as the
 * list's new base. Each is the rulebook's `takeGitHubFile` operation
 * (lib/collection/github-sync.ts), run with `runInMemory` exactly as the library page's
 * store runs it (lib/github/store.ts), so both sides follow one rule.
 */
import { defaultNewId, type NewId } from '../collection/collection';
import { takeGitHubFile } from '../collection/github-sync';
import { type HeldCollection, runInMemory } from '../collection/memory';
import type { MarkdownImportResult } from '../collection/import-operation';
import { type ImportedList, importList } from '../markdown/index';
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

/** The operation that takes `file` into the list `listId` (or a new list) and links it. */
export function takeFileOperation(
  ref: FileRef,
  file: RemoteFile,
  options: {
    listId?: string;
    name?: string;
    now: number;
    imported?: ImportedList;
    /** The list's current file already read (see MarkdownImportRequest.previous). */
    previous?: { source: string; imported: ImportedList };
  },
) {
  return takeGitHubFile({
    imported: options.imported ?? importList(file.text),
    source: file.text,
    ...(options.listId
      ? { listId: options.listId }
      : { fileName: fileNameOf(ref), ...(options.name ? { name: options.name } : {}) }),
    sync: syncState(ref, file, options.now),
    ...(options.previous ? { previous: options.previous } : {}),
  });
}

export interface ConnectResult {
  list: List;
  created: boolean;
  entries: number;
}

/** A new list from the file, or (named one exists) that list linked and refreshed from it. */
export function connectList(
  collection: HeldCollection,
  ref: FileRef,
  file: RemoteFile,
  options: { name?: string; now: number; newId?: NewId },
): ConnectResult {
  const imported = importList(file.text);
  const existing =
    options.name === undefined
      ? undefined
      : collection.lists.find((list) => list.name === options.name);
  const { result } = runInMemory(
    collection,
    takeFileOperation(ref, file, {
      ...(existing ? { listId: existing.id } : options.name ? { name: options.name } : {}),
      now: options.now,
      imported,
    }),
    { now: options.now, newId: options.newId ?? defaultNewId },
  );
  return { list: result.list, created: !existing, entries: imported.entries.length };
}

/** Pull: the list follows the file; the file becomes the base. */
export function pullList(
  collection: HeldCollection,
  list: List,
  ref: FileRef,
  file: RemoteFile,
  now: number,
  newId: NewId = defaultNewId,
): MarkdownImportResult {
  return runInMemory(collection, takeFileOperation(ref, file, { listId: list.id, now }), {
    now,
    newId,
  }).result;
}

/** After a commit: what was pushed is the list's file and base. */
export function afterPush(
  collection: HeldCollection,
  list: List,
  ref: FileRef,
  pushed: RemoteFile,
  now: number,
  newId: NewId = defaultNewId,
): List {
  return pullList(collection, list, ref, pushed, now, newId).list;
}

/**
 * The library page's side of a sync, on the CollectionStore: taking a file read from
 * GitHub is the rulebook's `takeGitHubFile` operation (the Markdown import/refresh rule plus
 * the list's link), run guarded like "Import Markdown" (space checked, safety copy kept) in
 * one transaction. Reading a list's records for a push plan happens here too.
 */
import type { Collection } from '../collection/collection';
import { rememberPullRequest as rememberRule } from '../collection/github-sync';
import type { MarkdownImportResult } from '../collection/import-operation';
import type { ImportedList } from '../markdown/index';
import type { CollectionStore } from '../store/collection-store';
import { type Guard, runGuarded } from '../store/guarded';
import type { GitHubSync, List } from '../types';
import type { RemoteFile } from './contents';
import { takeFileOperation } from './sync';
import type { FileRef } from './url';

/** A list and everything filed in it, as the push plan reads them. */
export async function loadListCollection(
  store: CollectionStore,
  listId: string,
): Promise<{ collection: Collection; list: List }> {
  const view = await store.listView(listId);
  const filed = view.topics.flatMap((group) => group.items);
  const items = [...new Map(filed.map((item) => [item.key, item])).values()];
  const topics = view.topics.map((group) => group.topic);
  return { collection: { lists: [view.list], topics, items }, list: view.list };
}

/**
 * The file becomes a list (`listId` absent) or the list follows it; either way the file is
 * the list's base from now on. `imported` is the file already read and `previous` the list's
 * current one (both by the page's Worker), so the transaction parses nothing.
 */
export async function takeRemoteFile(
  store: CollectionStore,
  ref: FileRef,
  file: RemoteFile,
  options: {
    listId?: string;
    guard: Guard;
    imported?: ImportedList;
    previous?: { source: string; imported: ImportedList };
  },
): Promise<MarkdownImportResult> {
  const refresh = options.listId !== undefined;
  const { result } = await runGuarded(
    store,
    takeFileOperation(ref, file, {
      ...(options.listId ? { listId: options.listId } : {}),
      now: options.guard.now,
      ...(options.imported ? { imported: options.imported } : {}),
      ...(options.previous ? { previous: options.previous } : {}),
    }),
    {
      incomingBytes: file.text.length,
      reason: refresh ? 'refresh' : 'import',
      nothingDone: refresh ? 'Nothing was refreshed' : 'Nothing was imported',
    },
    options.guard,
  );
  return result;
}

/** Remembers the pull request opened from the list; its base stays until a pull. */
export async function rememberPullRequest(
  store: CollectionStore,
  listId: string,
  pullRequest: NonNullable<GitHubSync['pullRequest']>,
): Promise<List> {
  return (await store.run(rememberRule(listId, pullRequest))).result;
}

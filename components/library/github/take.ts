/**
 * Taking a file from GitHub into a list (connect, pull, the file a commit wrote) with its
 * text work done by the Worker: the file read there, and the list's current file too (the
 * refresh rule compares the two), so the store's transaction on the page parses nothing.
 */
import type { RemoteFile } from '../../../lib/github/contents';
import { takeRemoteFile } from '../../../lib/github/store';
import type { FileRef } from '../../../lib/github/url';
import type { CollectionStore } from '../../../lib/store/collection-store';
import type { Guard } from '../../../lib/store/guarded';
import type { GitHubWork } from './useGitHub';

export async function takeFile(
  store: CollectionStore,
  work: GitHubWork,
  ref: FileRef,
  file: RemoteFile,
  options: { listId?: string; guard: Guard; currentSource?: string },
) {
  const read = await work.readMarkdown(file.text);
  const current = options.currentSource;
  const previous =
    current === undefined
      ? undefined
      : current === file.text
        ? read
        : await work.readMarkdown(current);
  return takeRemoteFile(store, ref, file, {
    ...(options.listId ? { listId: options.listId } : {}),
    guard: options.guard,
    imported: read.imported,
    ...(previous ? { previous } : {}),
  });
}

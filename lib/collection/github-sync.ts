/**
 * The rulebook's GitHub sync operations. A list linked to a file on GitHub keeps where the
 * file is and what it was last in sync with (`List.github`: base text and sha). Taking a
 * file (connect, pull, or the file a push wrote) is the Markdown import/refresh rule plus
 * that link, in one operation: the list follows the file, everything saved since stays, and
 * the file's keys become the baseline of "new since last export" (so after a push, nothing
 * is new). Never holds a token.
 */
import type { GitHubSync, List } from '../types';
import { CollectionError } from './collection';
import {
  importMarkdown,
  type MarkdownImportRequest,
  type MarkdownImportResult,
} from './import-operation';
import type { Operation, Slice } from './slice';

/** Where a file lives: a pull request opened from it belongs to that file only. */
function sameFile(a: GitHubSync, b: GitHubSync): boolean {
  return a.owner === b.owner && a.repo === b.repo && a.branch === b.branch && a.path === b.path;
}

function findList(draft: Slice, listId: string): { index: number; list: List } {
  const index = draft.lists.findIndex((list) => list.id === listId);
  const list = draft.lists[index];
  if (!list) throw new CollectionError('That list no longer exists.');
  return { index, list };
}

/**
 * The file becomes a new list (`listId` absent) or the list follows it (the refresh rule);
 * either way the list is linked to it with `sync` (its text and sha) as its base. A pull
 * request opened from the same file is remembered until it is replaced.
 */
export function takeGitHubFile(
  request: MarkdownImportRequest & { sync: GitHubSync },
): Operation<MarkdownImportResult> {
  const { sync, ...importRequest } = request;
  const base = importMarkdown(importRequest);
  return {
    needs: base.needs,
    apply(draft, context) {
      const result = base.apply(draft, context);
      const { index, list } = findList(draft, result.list.id);
      const pullRequest =
        list.github?.pullRequest && sameFile(list.github, sync)
          ? { pullRequest: list.github.pullRequest }
          : {};
      const next: List = {
        ...list,
        github: { ...pullRequest, ...sync },
        exportedAt: context.now,
      };
      draft.lists[index] = next;
      return { ...result, list: next };
    },
  };
}

/** Remembers the pull request opened from the list; the base stays until a pull. */
export function rememberPullRequest(
  listId: string,
  pullRequest: NonNullable<GitHubSync['pullRequest']>,
): Operation<List> {
  return {
    needs: {},
    apply(draft) {
      const { index, list } = findList(draft, listId);
      if (!list.github) throw new CollectionError('That list is not linked to GitHub any more.');
      const next: List = { ...list, github: { ...list.github, pullRequest } };
      draft.lists[index] = next;
      return next;
    },
  };
}

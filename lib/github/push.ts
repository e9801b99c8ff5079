/**
 * Commit a list's changes to its file: read the file fresh, re-apply the list's changes
 * onto it, write it with the sha just read. GitHub answers 409 when someone wrote the file
 * in between (and 422 when the sha is missing): then read again, re-apply, retry, a few
 * times, each after a randomised pause so two devices do not collide again in step.
 */
import type { Collection } from '../collection/collection';
import type { List } from '../types';
import { defaultSleep, type GitHubClient } from './client';
import { explainMissing, readRemoteFile, writeRemoteFile } from './contents';
import { GitHubError, isGitHubError } from './errors';
import { type Planner, type PushPlan, planPush } from './plan';
import type { FileRef } from './url';

export interface PushOptions {
  client: GitHubClient;
  collection: Collection;
  list: List;
  now: () => Date;
  /** The user's message; default the plan's. */
  message?: string;
  /** Attempts in all (default 4). */
  attempts?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Makes each plan (default in place: the library page passes its Worker's). */
  plan?: Planner;
}

export type PushResult =
  | { status: 'nothing-new'; plan: PushPlan }
  | { status: 'conflicts'; plan: PushPlan }
  | {
      status: 'committed';
      plan: PushPlan;
      /** What was written: the list's new base. */
      text: string;
      sha: string;
      commitUrl?: string;
    };

export function syncRef(list: List): FileRef {
  const sync = list.github;
  if (!sync) {
    throw new GitHubError(
      'invalid',
      `The list "${list.name}" is not connected to a file on GitHub.`,
    );
  }
  return { owner: sync.owner, repo: sync.repo, branch: sync.branch, path: sync.path };
}

/** Pause before retry `attempt` (1, 2, …): 250 ms doubling, times 0.5–1.5. */
export function backoff(attempt: number, random: () => number): number {
  return Math.round(250 * 2 ** (attempt - 1) * (0.5 + random()));
}

export function isStaleSha(error: unknown): boolean {
  return (
    isGitHubError(error, 'conflict') ||
    (isGitHubError(error, 'invalid') && /\bsha\b/i.test(error.message))
  );
}

export async function pushList(options: PushOptions): Promise<PushResult> {
  const { client, collection, list } = options;
  const ref = syncRef(list);
  const attempts = options.attempts ?? 4;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt++) {
    const remote = await readRemoteFile(client, ref);
    const plan = await (options.plan ?? planPush)(collection, list, remote, options.now());
    if (plan.conflicts.length) return { status: 'conflicts', plan };
    if (plan.nothingNew) return { status: 'nothing-new', plan };
    try {
      const written = await writeRemoteFile(
        client,
        ref,
        plan.text,
        remote.sha,
        options.message?.trim() || plan.message,
      );
      const result: PushResult = { status: 'committed', plan, text: plan.text, sha: written.sha };
      if (written.commitUrl) result.commitUrl = written.commitUrl;
      return result;
    } catch (error) {
      if (isGitHubError(error, 'not-found')) throw await explainMissing(client, ref);
      if (!isStaleSha(error) || attempt >= attempts) {
        if (isStaleSha(error)) {
          throw new GitHubError(
            'conflict',
            `The file kept changing on GitHub while it was being written (${attempts} tries): nothing was lost, try again in a moment.`,
            409,
          );
        }
        throw error;
      }
      await sleep(backoff(attempt, random));
    }
  }
}

/**
 * A push as a pull request: a branch `paper-shelf/{slug}` from the base branch (refs API),
 * the commit on it, `POST /repos/{o}/{r}/pulls`. Without write access to the repository
 * (someone else's awesome list) the repository is forked first and the pull request opened
 * from the fork: how a reader contributes a paper to a list they don't own.
 * https://docs.github.com/en/rest/git/refs · /rest/repos/forks · /rest/pulls/pulls
 */
import type { Collection } from '../collection/collection';
import type { List } from '../types';
import { defaultSleep, encodePath, type GitHubClient } from './client';
import { explainMissing, readRemoteFile, writeRemoteFile } from './contents';
import { GitHubError, isGitHubError } from './errors';
import { type Planner, type PushPlan, planPush } from './plan';
import { syncRef } from './push';
import type { FileRef } from './url';

export interface PullRequestOptions {
  client: GitHubClient;
  collection: Collection;
  list: List;
  now: () => Date;
  message?: string;
  sleep?: (ms: number) => Promise<void>;
  /** Makes each plan (default in place: the library page passes its Worker's). */
  plan?: Planner;
}

export type PullRequestResult =
  | { status: 'nothing-new'; plan: PushPlan }
  | { status: 'conflicts'; plan: PushPlan }
  | {
      status: 'opened';
      plan: PushPlan;
      url: string;
      number: number;
      branch: string;
      /** `owner/repo` the branch lives in (a fork without write access). */
      headRepo: string;
      forked: boolean;
    };

interface RepoAnswer {
  name: string;
  owner: { login: string };
  permissions?: { push?: boolean };
}

const repoPath = (owner: string, repo: string) =>
  `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;

/** `Awesome LLM Papers!` → `awesome-llm-papers`. */
export function branchSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'list';
}

async function forkOf(
  client: GitHubClient,
  ref: FileRef,
  sleep: (ms: number) => Promise<void>,
): Promise<RepoAnswer> {
  const fork = await client.json<RepoAnswer>('POST', `${repoPath(ref.owner, ref.repo)}/forks`, {
    body: {},
    what: `forking ${ref.owner}/${ref.repo}`,
  });
  // Forking is asynchronous: the fork answers once its git data is there.
  for (let tries = 0; ; tries++) {
    try {
      await client.json(
        'GET',
        `${repoPath(fork.owner.login, fork.name)}/git/ref/heads/${encodePath(ref.branch)}`,
        {
          what: 'waiting for the fork',
        },
      );
      return fork;
    } catch (error) {
      if (!isGitHubError(error, 'not-found') && !isGitHubError(error, 'conflict')) throw error;
      if (tries >= 10) {
        throw new GitHubError(
          'unexpected',
          'GitHub is still creating the fork: try again in a minute.',
        );
      }
      await sleep(1000 * (tries + 1));
    }
  }
}

async function createBranch(
  client: GitHubClient,
  owner: string,
  repo: string,
  slug: string,
  sha: string,
): Promise<string> {
  for (let n = 1; n <= 20; n++) {
    const branch = `paper-shelf/${slug}${n === 1 ? '' : `-${n}`}`;
    try {
      await client.json('POST', `${repoPath(owner, repo)}/git/refs`, {
        body: { ref: `refs/heads/${branch}`, sha },
        what: `creating the branch ${branch}`,
      });
      return branch;
    } catch (error) {
      // 422 "Reference already exists": an earlier pull request's branch; take the next name.
      if (!isGitHubError(error, 'invalid')) throw error;
    }
  }
  throw new GitHubError(
    'invalid',
    `Too many paper-shelf/${slug} branches exist already: delete old ones.`,
  );
}

export async function openPullRequest(options: PullRequestOptions): Promise<PullRequestResult> {
  const { client, collection, list } = options;
  const sleep = options.sleep ?? defaultSleep;
  const makePlan = options.plan ?? planPush;
  const ref = syncRef(list);
  const upstream = repoPath(ref.owner, ref.repo);

  // Plan against the base branch first: nothing new or a conflict creates no branch.
  const remote = await readRemoteFile(client, ref);
  const first = await makePlan(collection, list, remote, options.now());
  if (first.conflicts.length) return { status: 'conflicts', plan: first };
  if (first.nothingNew) return { status: 'nothing-new', plan: first };

  const repo = await client.json<RepoAnswer>('GET', upstream, {
    what: `reading ${ref.owner}/${ref.repo}`,
  });
  const canPush = repo.permissions?.push === true;
  const head = canPush ? repo : await forkOf(client, ref, sleep);
  let baseSha: string;
  try {
    const answer = await client.json<{ object: { sha: string } }>(
      'GET',
      `${upstream}/git/ref/heads/${encodePath(ref.branch)}`,
      { what: `reading the branch ${ref.branch}` },
    );
    baseSha = answer.object.sha;
  } catch (error) {
    if (isGitHubError(error, 'not-found')) throw await explainMissing(client, ref);
    throw error;
  }
  const headOwner = head.owner.login;
  const branch = await createBranch(client, headOwner, head.name, branchSlug(list.name), baseSha);
  const headRef: FileRef = { owner: headOwner, repo: head.name, branch, path: ref.path };
  // The new branch starts at the commit just read: plan again on its file, so what the pull
  // request changes is exactly this diff even if the base branch moved since the first read.
  const onBranch = await readRemoteFile(client, headRef);
  const plan = await makePlan(collection, list, onBranch, options.now());
  if (plan.conflicts.length) return { status: 'conflicts', plan };
  const message = options.message?.trim() || plan.message;
  await writeRemoteFile(client, headRef, plan.text, onBranch.sha, message);
  const pull = await client.json<{ html_url: string; number: number }>(
    'POST',
    `${upstream}/pulls`,
    {
      body: {
        title: message,
        head: canPush ? branch : `${headOwner}:${branch}`,
        base: ref.branch,
        body: `${message}.\n\nProposed with Paper Shelf from the list “${list.name}”.`,
        ...(canPush ? {} : { maintainer_can_modify: true }),
      },
      what: `opening a pull request on ${ref.owner}/${ref.repo}`,
    },
  );
  return {
    status: 'opened',
    plan,
    url: pull.html_url,
    number: pull.number,
    branch,
    headRepo: `${headOwner}/${head.name}`,
    forked: !canPush,
  };
}

/**
 * GitHub REST API (`GET https://api.github.com/repos/{owner}/{repo}`,
 * https://docs.github.com/en/rest/repos/repos#get-a-repository): stars, topics, language,
 * license, homepage and description for a repo whose page lacked them (or that was saved
 * from a bare URL). Unauthenticated, so cached a day per repo and backed off on 403/429.
 */
import { identify } from '../../identity';
import type { Capture, RepoFields } from '../../types';
import { cachedJson, DAY_MS, type SourceDeps } from '../../sources/cached-json';
import type { SourceResult } from '../../sources/http';
import type { Source } from '../../sources/types';
import { withoutUndefined } from '../../util/defined';
import { repoMissing } from './repo';

// The fields repoMissing speaks for.
const REPO_FIELDS = new Set(['description', 'stars', 'language', 'license']);

export interface GithubRepoInfo extends RepoFields {
  description?: string;
}

export function fetchGithubRepo(
  owner: string,
  name: string,
  deps: SourceDeps,
): Promise<SourceResult<GithubRepoInfo>> {
  const path = `${encodeURIComponent(owner)}/${encodeURIComponent(name)}`;
  return cachedJson(
    {
      service: 'github',
      url: `https://api.github.com/repos/${path}`,
      cacheKey: `github:repo:${owner.toLowerCase()}/${name.toLowerCase()}`,
      ttlMs: DAY_MS,
      // GitHub answers a spent quota with 403 or 429.
      limitStatuses: [403, 429],
      headers: { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
      parse: parseGithubRepo,
    },
    deps,
  );
}

export function parseGithubRepo(json: unknown): GithubRepoInfo | undefined {
  const repo = record(json);
  const owner = text(record(repo?.owner)?.login);
  const name = text(repo?.name);
  if (!repo || !owner || !name) return undefined;
  const info: GithubRepoInfo = { owner, name };
  if (typeof repo.stargazers_count === 'number') info.stars = repo.stargazers_count;
  const topics = Array.isArray(repo.topics)
    ? repo.topics.filter((t): t is string => typeof t === 'string' && t !== '')
    : [];
  if (topics.length > 0) info.topics = topics;
  const language = text(repo.language);
  if (language) info.language = language;
  // `NOASSERTION` is GitHub's "a license file we could not identify".
  const license = text(record(repo.license)?.spdx_id);
  if (license && license !== 'NOASSERTION') info.license = license;
  const homepage = text(repo.homepage);
  if (homepage) info.homepage = homepage;
  const description = text(repo.description);
  if (description) info.description = description;
  return info;
}

/**
 * Fills what a repo capture lacks from the API; what the page said stays. Returns the
 * capture unchanged (and the reason) when the API could not help.
 */
export async function enrichGithubRepo(
  capture: Capture,
  deps: SourceDeps,
): Promise<{ capture: Capture; error?: string }> {
  if (!capture.repo) return { capture };
  const answer = await fetchGithubRepo(capture.repo.owner, capture.repo.name, deps);
  if (!answer.ok) return { capture, error: answer.error };
  return { capture: fillRepoGaps(capture, answer.value) };
}

export function fillRepoGaps(capture: Capture, info: GithubRepoInfo): Capture {
  const repo: RepoFields = { ...(capture.repo ?? { owner: info.owner, name: info.name }) };
  repo.stars ??= info.stars;
  repo.topics ??= info.topics;
  repo.language ??= info.language;
  repo.license ??= info.license;
  repo.homepage ??= info.homepage;
  const filled: Capture = { ...capture, repo: withoutUndefined(repo) };
  // As on the page: a website that is an arXiv abs page names the repo's paper.
  const paper = repo.homepage ? identify(repo.homepage)?.arxiv : undefined;
  if (paper && !filled.paperIds?.includes(paper.id)) {
    filled.paperIds = [...(filled.paperIds ?? []), paper.id];
  }
  if (!filled.description && info.description) {
    filled.description = info.description;
    const bare = `GitHub - ${repo.owner}/${repo.name}`;
    if (!filled.pageTitle || filled.pageTitle === bare) {
      filled.pageTitle = `${bare}: ${info.description}`;
    }
  }
  // What the API supplied is no longer missing; what the page lacked and it did not, still is.
  const still = repoMissing(filled);
  const missing = (capture.missing ?? []).filter(
    (field) => !REPO_FIELDS.has(field) || still.includes(field),
  );
  if (missing.length > 0) filled.missing = missing;
  else delete filled.missing;
  return filled;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** The GitHub entry of `SOURCES` (lib/sources/index.ts): repos lacking what a page gives. */
export const githubSource: Source = {
  name: 'GitHub API',
  wants: (capture) =>
    capture.kind === 'repo' &&
    Boolean(capture.repo) &&
    (capture.repo?.stars === undefined ||
      !capture.description ||
      !capture.repo?.language ||
      !capture.repo?.license),
  // No cacheKey: fetchGithubRepo caches the answer (and the rate-limit backoff) itself.
  ttlMs: DAY_MS,
  async fetch(capture, deps) {
    const answer = await fetchGithubRepo(capture.repo?.owner ?? '', capture.repo?.name ?? '', deps);
    if (!answer.ok) return answer;
    const { description, ...repo } = answer.value;
    const found: Capture = { ...capture, repo, description, missing: undefined };
    return { ok: true, value: withoutUndefined(found) };
  },
  merge: (capture, answer) =>
    fillRepoGaps(capture, {
      ...(answer.repo ?? { owner: '', name: '' }),
      description: answer.description,
    }),
  missing: repoMissing,
};

/**
 * A GitHub repository's CITATION.cff, read through the contents API
 * (`GET /repos/{owner}/{repo}/contents/CITATION.cff`,
 * https://docs.github.com/en/rest/repos/contents#get-repository-content), cached a day
 * like the repo answers, and never in the way: a slow, limited or missing answer means
 * the repository is cited as a repository. `cacheOnly` reads only what an earlier call
 * cached, for exports of whole lists that must not spend the 60-an-hour quota.
 */
import { cachedJson, DAY_MS, type SourceDeps } from '../sources/cached-json';
import { cffWork } from './cff';
import type { Work } from './work';

/** How long a copy waits for GitHub before citing the repository as a repository. */
export const CFF_WAIT_MS = 2000;

interface CffAnswer {
  /** The file's text; empty when the repository has none. */
  yaml: string;
}

function cacheKey(owner: string, name: string): string {
  return `github:cff:${owner.toLowerCase()}/${name.toLowerCase()}`;
}

function decodeBase64(content: string): string {
  const binary = atob(content.replace(/\s+/g, ''));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

export async function fetchPreferredCitation(
  repo: { owner: string; name: string },
  repoUrl: string,
  deps: SourceDeps & { cacheOnly?: boolean },
): Promise<Work | undefined> {
  const key = cacheKey(repo.owner, repo.name);
  if (deps.cacheOnly) {
    const cached = (await deps.cache?.get(key).catch(() => undefined)) as
      { value?: CffAnswer } | undefined;
    return cached?.value?.yaml ? cffWork(cached.value.yaml, repoUrl) : undefined;
  }
  const path = `${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.name)}`;
  const answer = await cachedJson<CffAnswer>(
    {
      service: 'github',
      url: `https://api.github.com/repos/${path}/contents/CITATION.cff`,
      cacheKey: key,
      ttlMs: DAY_MS,
      limitStatuses: [403, 429],
      headers: { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
      parse: (json) => {
        const file = json as { encoding?: unknown; content?: unknown };
        if (file?.encoding !== 'base64' || typeof file.content !== 'string') return undefined;
        try {
          return { yaml: decodeBase64(file.content) };
        } catch {
          return undefined;
        }
      },
    },
    { ...deps, timeoutMs: deps.timeoutMs ?? CFF_WAIT_MS },
  );
  if (!answer.ok) {
    // No file (404) is an answer too: remembered, so the next copy asks nothing.
    if (answer.status === 404) {
      await deps.cache
        ?.set(key, { fetchedAt: (deps.now ?? Date.now)(), value: { yaml: '' } }, DAY_MS)
        .catch(() => undefined);
    }
    return undefined;
  }
  return answer.value.yaml ? cffWork(answer.value.yaml, repoUrl) : undefined;
}

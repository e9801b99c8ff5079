/**
 * Which branch a pasted file address names. `blob/feature/x/lists/a.md` may be the branch
 * `feature` with `x/lists/a.md`, or `feature/x` with `lists/a.md`: the address cannot say.
 * The repository can: one `GET /repos/{o}/{r}/git/matching-refs/heads/{first segment}`
 * lists every branch whose name starts with it (https://docs.github.com/en/rest/git/refs),
 * and the longest split that is one of them is the branch. Git allows no branch `a` beside
 * `a/b`, so at most one split can match; longest first all the same. Asked even for
 * `main/README.md`: a tag or a commit there reads fine but could never take a commit.
 */
import type { GitHubClient } from './client';
import { encodePath } from './client';
import { explainMissing } from './contents';
import { GitHubError, isGitHubError } from './errors';
import { type FileRef, parseFileLocation, refAt } from './url';

interface MatchingRef {
  ref: string;
}

export async function resolveFileRef(
  client: GitHubClient,
  input: string,
  webHost = 'github.com',
): Promise<FileRef> {
  const location = parseFileLocation(input, webHost);
  const { owner, repo, segments } = location;
  const first = segments[0] as string;
  const repoPath = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
  let refs: MatchingRef[];
  try {
    refs = await client.json<MatchingRef[]>(
      'GET',
      `${repoPath}/git/matching-refs/heads/${encodePath(first)}`,
      { what: `looking up the branch in ${owner}/${repo}` },
    );
  } catch (error) {
    if (isGitHubError(error, 'not-found')) throw await explainMissing(client, refAt(location, 1));
    // GitHub answers 409 for a repository without any commit.
    if (isGitHubError(error, 'conflict'))
      throw new GitHubError(
        'not-found',
        `The repository ${owner}/${repo} is empty: it has no branch yet.`,
        404,
      );
    throw error;
  }
  const branches = new Set(
    (Array.isArray(refs) ? refs : []).map((found) => found.ref.replace(/^refs\/heads\//, '')),
  );
  for (let take = segments.length - 1; take >= 1; take--) {
    if (branches.has(segments.slice(0, take).join('/'))) return refAt(location, take);
  }
  if (!branches.size) {
    // As explainMissing words it: a tag or a commit is no branch either.
    throw new GitHubError(
      'not-found',
      `The branch "${first}" does not exist in ${owner}/${repo}.`,
      404,
    );
  }
  const near = [...branches].sort().slice(0, 5);
  throw new GitHubError(
    'not-found',
    `No branch of ${owner}/${repo} begins the address "${segments.join('/')}": the branches ` +
      `starting with "${first}" are ${near.join(', ')}${branches.size > near.length ? ', …' : ''}.`,
    404,
  );
}

/**
 * Checking a pasted token before it is kept: `GET /user` says whose it is (401 when it is
 * not a token at all), the repository's `permissions` say whether it may write there.
 * And the link to GitHub's page for a new fine-grained token, with its fields filled in.
 */
import type { GitHubClient } from './client';
import { isGitHubError } from './errors';
import type { FileRef } from './url';

export interface TokenCheck {
  login: string;
  /** For a repository: may the token write to it (else: a pull request from a fork). */
  canPush?: boolean;
}

export async function checkToken(
  client: GitHubClient,
  repo?: Pick<FileRef, 'owner' | 'repo'>,
): Promise<TokenCheck> {
  const user = await client.json<{ login: string }>('GET', '/user', { what: 'checking the token' });
  const check: TokenCheck = { login: user.login };
  if (repo) {
    try {
      const answer = await client.json<{ permissions?: { push?: boolean } }>(
        'GET',
        `/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}`,
        { what: `reading ${repo.owner}/${repo.repo}` },
      );
      check.canPush = answer.permissions?.push === true;
    } catch (error) {
      if (!isGitHubError(error, 'not-found')) throw error;
      check.canPush = false;
    }
  }
  return check;
}

/**
 * GitHub's page for a new fine-grained token: Contents read and write (the commit), Pull
 * requests read and write (a pull request instead), Metadata read (always required).
 */
export function newTokenUrl(webHost = 'github.com'): string {
  const params = new URLSearchParams({
    name: 'Paper Shelf',
    description: 'Paper Shelf: pull reading lists from GitHub and commit new entries.',
    contents: 'write',
    pull_requests: 'write',
    metadata: 'read',
  });
  return `https://${webHost}/settings/personal-access-tokens/new?${params}`;
}

/** Only the token's kind and last four characters, for the settings page: never the token. */
export function maskToken(token: string): string {
  const kind = /^(github_pat_|ghp_|gho_|ghu_)/.exec(token)?.[1] ?? '';
  return `${kind}…${token.slice(-4)}`;
}

/**
 * What can go wrong talking to GitHub, each as one sentence a person can act on. The UI and
 * the CLI print `message`; code branches on `kind` (a 403 without write access offers the
 * fork-and-pull-request path, a 401 offers to reconnect).
 */

export type GitHubErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'rate-limited'
  | 'not-found'
  | 'conflict'
  | 'protected'
  | 'invalid'
  | 'network'
  | 'bad-file'
  | 'bad-url'
  | 'unexpected';

export class GitHubError extends Error {
  override name = 'GitHubError';
  constructor(
    readonly kind: GitHubErrorKind,
    message: string,
    /** The HTTP status, when GitHub answered. */
    readonly status = 0,
    /** Rate limits: when another try may succeed (ms since epoch). */
    readonly retryAt?: number,
  ) {
    super(message);
  }
}

export function isGitHubError(error: unknown, kind?: GitHubErrorKind): error is GitHubError {
  return error instanceof GitHubError && (kind === undefined || error.kind === kind);
}

/** The sentence for an answer GitHub gave; `what` names the request ("reading README.md"). */
export function errorForStatus(
  status: number,
  body: { message?: string } | undefined,
  what: string,
  retryAt?: number,
): GitHubError {
  const said = typeof body?.message === 'string' ? body.message : '';
  switch (status) {
    case 401:
      return new GitHubError(
        'unauthorized',
        'GitHub did not accept the token (expired or revoked): connect again with a new token.',
        401,
      );
    case 403:
    case 429:
      if (retryAt !== undefined) {
        return new GitHubError(
          'rate-limited',
          `GitHub's rate limit is used up: try again after ${new Date(retryAt).toISOString().slice(11, 16)} UTC.`,
          status,
          retryAt,
        );
      }
      if (/protected branch|branch protection|required status/i.test(said)) {
        return new GitHubError(
          'protected',
          'The branch is protected and takes changes only through pull requests: open a pull request instead.',
          status,
        );
      }
      return new GitHubError(
        'forbidden',
        `The token may not do this (${what}): it needs Contents read and write (and Pull requests for a pull request) on this repository, or open a pull request from a fork.`,
        status,
      );
    case 404:
      return new GitHubError('not-found', `GitHub found nothing while ${what}.`, 404);
    case 409:
      if (/rule violation|protected|must be made through a pull request/i.test(said)) {
        return new GitHubError(
          'protected',
          'The branch is protected and takes changes only through pull requests: open a pull request instead.',
          409,
        );
      }
      return new GitHubError(
        'conflict',
        'The file changed on GitHub while it was being written.',
        409,
      );
    case 422:
      return new GitHubError(
        'invalid',
        `GitHub refused the request while ${what}${said ? `: ${said}` : ''}.`,
        422,
      );
    default:
      return new GitHubError(
        'unexpected',
        `GitHub answered ${status} while ${what}${said ? ` (${said})` : ''}: nothing was changed, try again later.`,
        status,
      );
  }
}

export function networkError(what: string): GitHubError {
  return new GitHubError(
    'network',
    `GitHub could not be reached while ${what}: nothing was lost, try again when you are online.`,
  );
}

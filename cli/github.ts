/**
 * What the GitHub commands share: the client from the environment (`GITHUB_TOKEN`,
 * `GITHUB_API_URL`, as GitHub Actions sets them), and GitHub's errors as `shelf:` lines.
 * The token is only handed to the client, which sends it to the API base: never printed.
 */
import { createClient, type GitHubClient } from '../lib/github/client';
import { GitHubError } from '../lib/github/errors';
import { CliError } from './errors';

export function clientFromEnv(env: NodeJS.ProcessEnv = process.env): GitHubClient {
  try {
    return createClient({
      fetch: (url, init) => fetch(url, init),
      apiBase: env.GITHUB_API_URL,
      ...(env.GITHUB_TOKEN ? { token: env.GITHUB_TOKEN } : {}),
    });
  } catch (error) {
    throw asCliError(error);
  }
}

export function asCliError(error: unknown): unknown {
  if (error instanceof GitHubError) return new CliError(error.message);
  return error;
}

/** Runs GitHub work; a GitHubError becomes a CliError (its sentence, exit 1). */
export async function onGitHub<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asCliError(error);
  }
}

export function needsToken(env: NodeJS.ProcessEnv = process.env): void {
  if (!env.GITHUB_TOKEN) {
    throw new CliError(
      'set GITHUB_TOKEN to a token that may write to the repository (Contents: read and write; Pull requests: read and write for --pr)',
    );
  }
}

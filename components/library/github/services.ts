/**
 * What the GitHub parts of the library page need from the extension: a `fetch`, and the
 * settings kept in `storage.local` only (never synced, never in a backup). Tests pass fakes.
 */
import type { Fetch } from '../../../lib/github/client';

export interface GitHubSettings {
  /** `https://api.github.com`, or a GitHub Enterprise Server's `https://host/api/v3`. */
  apiBase: string;
  token?: string;
  /** Whose token it is, as `GET /user` said. */
  login?: string;
}

export interface GitHubServices {
  fetch: Fetch;
  load(): Promise<GitHubSettings>;
  save(settings: GitHubSettings): Promise<void>;
  /** A GitHub App's client id, configured at build time: offers "Sign in with GitHub". */
  clientId?: string;
}

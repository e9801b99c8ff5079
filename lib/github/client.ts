/**
 * A small GitHub REST client: the `fetch` and the API base are arguments (the extension
 * passes the page's fetch and the configured base, the CLI Node's and `GITHUB_API_URL`,
 * tests a fake), so this file runs anywhere and the token goes to the API base only.
 *
 * Rate limits (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api):
 * a 403/429 with `retry-after` waits that many seconds; one with `x-ratelimit-remaining: 0`
 * waits until `x-ratelimit-reset`. Short waits are slept through, long ones become an error
 * that says when to try again.
 */
import { errorForStatus, GitHubError, networkError } from './errors';

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export const DEFAULT_API_BASE = 'https://api.github.com';

export interface ClientOptions {
  fetch: Fetch;
  /** `https://api.github.com`, or a GitHub Enterprise Server's `https://host/api/v3`. */
  apiBase?: string;
  token?: string;
  /** Longest rate-limit wait slept through before giving up (default 60 s). */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export interface RequestOptions {
  body?: unknown;
  /** `raw` asks for the file's bytes (`application/vnd.github.raw+json`). */
  media?: 'json' | 'raw';
  /** Words for error messages: "reading README.md". */
  what?: string;
}

export interface GitHubClient {
  readonly apiBase: string;
  readonly authenticated: boolean;
  json<T>(method: string, path: string, options?: RequestOptions): Promise<T>;
  bytes(method: string, path: string, options?: RequestOptions): Promise<Uint8Array>;
}

export const defaultSleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** The API base without a trailing slash; only http(s) URLs are accepted. */
export function normalizeApiBase(base: string | undefined): string {
  const value = (base ?? '').trim() || DEFAULT_API_BASE;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new GitHubError('bad-url', `"${value}" is not a URL for the GitHub API.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new GitHubError('bad-url', `"${value}" is not an http(s) URL for the GitHub API.`);
  }
  return value.replace(/\/+$/, '');
}

/** When a rate-limited answer may be retried (ms since epoch), if it says so. */
export function retryTime(headers: Headers, now: number): number | undefined {
  const after = headers.get('retry-after');
  if (after !== null && /^\d+$/.test(after.trim())) return now + Number(after.trim()) * 1000;
  if (headers.get('x-ratelimit-remaining') === '0') {
    const reset = Number(headers.get('x-ratelimit-reset'));
    if (Number.isFinite(reset) && reset > 0) return Math.max(now, reset * 1000);
  }
  return undefined;
}

/**
 * A rate limit that names no time (a secondary limit: a 429, or a 403 saying "rate limit"
 * with neither header): GitHub's documentation asks to wait at least a minute.
 * https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api
 */
export function unnamedLimitTime(
  status: number,
  body: { message?: unknown } | undefined,
  now: number,
): number | undefined {
  const said = typeof body?.message === 'string' ? body.message : '';
  return status === 429 || /rate limit/i.test(said) ? now + 60_000 : undefined;
}

export function createClient(options: ClientOptions): GitHubClient {
  const apiBase = normalizeApiBase(options.apiBase);
  const maxWait = options.maxWaitMs ?? 60_000;
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const token = options.token?.trim();

  async function send(method: string, path: string, request: RequestOptions): Promise<Response> {
    const what = request.what ?? `${method} ${path}`;
    const headers: Record<string, string> = {
      accept:
        request.media === 'raw' ? 'application/vnd.github.raw+json' : 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
    };
    if (token) headers.authorization = `Bearer ${token}`;
    const init: RequestInit = { method, headers };
    if (request.body !== undefined) {
      headers['content-type'] = 'application/json';
      init.body = JSON.stringify(request.body);
    }
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await options.fetch(`${apiBase}${path}`, init);
      } catch {
        throw networkError(what);
      }
      if (response.ok) return response;
      const body = await response.json().catch(() => undefined);
      const limited =
        response.status === 429 || response.status === 403
          ? (retryTime(response.headers, now()) ??
            unnamedLimitTime(response.status, body as { message?: unknown }, now()))
          : undefined;
      if (limited !== undefined && attempt < 2 && limited - now() <= maxWait) {
        await sleep(Math.max(0, limited - now()));
        continue;
      }
      throw errorForStatus(response.status, body as { message?: string }, what, limited);
    }
  }

  return {
    apiBase,
    authenticated: Boolean(token),
    async json<T>(method: string, path: string, request: RequestOptions = {}): Promise<T> {
      const response = await send(method, path, request);
      if (response.status === 204) return undefined as T;
      try {
        return (await response.json()) as T;
      } catch {
        throw new GitHubError(
          'unexpected',
          `GitHub's answer to ${request.what ?? path} was not JSON: is the API base right?`,
          response.status,
        );
      }
    },
    async bytes(method: string, path: string, request: RequestOptions = {}): Promise<Uint8Array> {
      const response = await send(method, path, { ...request, media: 'raw' });
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}

/** `encodeURIComponent` per path segment: `docs/My list.md` → `docs/My%20list.md`. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

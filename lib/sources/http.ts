/**
 * The one way Paper Shelf calls an API: a timeout, at most one retry, and failures as
 * values. A metadata fetch only ever improves a record; it must never block or break a save.
 */

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export type SourceResult<T> =
  | { ok: true; value: T }
  | { ok: false; error: string /** HTTP status when the server answered. */; status?: number };

export interface HttpOptions {
  fetch: FetchLike;
  /** Per attempt. */
  timeoutMs?: number;
  /** 0 or 1: a second attempt after a network error, a timeout or a 5xx answer. */
  retries?: number;
  headers?: Record<string, string>;
}

export const DEFAULT_TIMEOUT_MS = 5000;

/** Fetches a URL's body as text; never throws. */
export async function fetchText(url: string, options: HttpOptions): Promise<SourceResult<string>> {
  const attempts = 1 + Math.min(options.retries ?? 1, 1);
  let last: SourceResult<string> = { ok: false, error: 'not attempted' };
  for (let attempt = 0; attempt < attempts; attempt++) {
    last = await attemptFetch(url, options);
    if (last.ok || !isWorthRetrying(last)) return last;
  }
  return last;
}

/** Fetches and parses JSON; a body that is not JSON is an error value. */
export async function fetchJson(url: string, options: HttpOptions): Promise<SourceResult<unknown>> {
  const text = await fetchText(url, options);
  if (!text.ok) return text;
  try {
    return { ok: true, value: JSON.parse(text.value) };
  } catch {
    return { ok: false, error: `${new URL(url).host} answered something that is not JSON` };
  }
}

function isWorthRetrying(result: SourceResult<string>): boolean {
  if (result.ok) return false;
  // 403/429 are rate limits: asking again at once only burns the quota.
  return result.status === undefined || result.status >= 500;
}

async function attemptFetch(url: string, options: HttpOptions): Promise<SourceResult<string>> {
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const host = safeHost(url);
  try {
    const response = await options.fetch(url, {
      signal: controller.signal,
      headers: options.headers,
    });
    const body = await response.text();
    if (!response.ok) {
      return { ok: false, status: response.status, error: `${host} answered ${response.status}` };
    }
    return { ok: true, value: body };
  } catch (error) {
    const timedOut = controller.signal.aborted;
    return {
      ok: false,
      error: timedOut
        ? `${host} did not answer within ${timeoutMs / 1000} s`
        : `${host} could not be reached (${error instanceof Error ? error.message : String(error)})`,
    };
  } finally {
    clearTimeout(timer);
  }
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

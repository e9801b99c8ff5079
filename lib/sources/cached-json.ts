/**
 * A JSON API call that is cached and that respects rate limits: what the GitHub and Hugging
 * Face clients share. GitHub allows 60 unauthenticated calls an hour
 * (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api), so a
 * repo's answer is kept for a day, and after a 403/429 no call is made before the time the
 * server named. Failures are values, never exceptions: enrichment must not block a save.
 */
import { type FetchLike, fetchJson, type SourceResult } from './http';

import type { SourceCache } from './storage-cache';

export type { SourceCache };

export interface SourceDeps {
  fetch: FetchLike;
  cache?: SourceCache;
  /** Milliseconds since the epoch; injectable for tests. */
  now?: () => number;
  timeoutMs?: number;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
/** When a limited answer names no time: GitHub's advice is to wait at least a minute. */
const DEFAULT_BACKOFF_MS = 60 * 1000;

export interface CachedJsonRequest<T> {
  /** Names the backoff entry: one per API host (`github`, `huggingface`). */
  service: string;
  url: string;
  cacheKey: string;
  ttlMs: number;
  /** HTTP statuses that mean "slow down" for this API. */
  limitStatuses: number[];
  headers?: Record<string, string>;
  /** Shapes the JSON; undefined when the answer is not what the API documents. */
  parse(json: unknown): T | undefined;
}

interface CacheEntry<T> {
  fetchedAt: number;
  value: T;
}

export async function cachedJson<T>(
  request: CachedJsonRequest<T>,
  deps: SourceDeps,
): Promise<SourceResult<T>> {
  const now = (deps.now ?? Date.now)();
  const host = new URL(request.url).host;
  const cached = (await safeGet(deps.cache, request.cacheKey)) as CacheEntry<T> | undefined;
  // The cache drops entries after their TTL; checking the age too keeps a cache that
  // ignores TTLs (a plain Map) from serving stale answers forever.
  if (cached && typeof cached.fetchedAt === 'number' && now - cached.fetchedAt < request.ttlMs) {
    return { ok: true, value: cached.value };
  }
  const backoffKey = `${request.service}:backoff`;
  const backoff = (await safeGet(deps.cache, backoffKey)) as { until?: unknown } | undefined;
  if (typeof backoff?.until === 'number' && backoff.until > now) {
    return { ok: false, error: `${host} asked to wait until ${clock(backoff.until)}` };
  }

  let headers: Headers | undefined;
  const recording: FetchLike = async (input, init) => {
    const response = await deps.fetch(input, init);
    headers = response.headers;
    return response;
  };
  const answer = await fetchJson(request.url, {
    fetch: recording,
    timeoutMs: deps.timeoutMs,
    headers: request.headers,
  });
  if (!answer.ok) {
    if (answer.status !== undefined && request.limitStatuses.includes(answer.status)) {
      const until = limitedUntil(headers, now);
      await safeSet(deps.cache, backoffKey, { until }, until - now);
      return { ...answer, error: `${answer.error}: rate limited until ${clock(until)}` };
    }
    return answer;
  }
  const value = request.parse(answer.value);
  if (value === undefined) return { ok: false, error: `${host} answered something unexpected` };
  await safeSet(deps.cache, request.cacheKey, { fetchedAt: now, value }, request.ttlMs);
  return { ok: true, value };
}

/**
 * `retry-after` (seconds) wins; else `x-ratelimit-reset` (epoch seconds) when the quota is
 * spent; else a minute.
 */
export function limitedUntil(headers: Headers | undefined, now: number): number {
  const retryAfter = Number(headers?.get('retry-after'));
  if (headers?.get('retry-after') && Number.isFinite(retryAfter) && retryAfter >= 0) {
    return now + retryAfter * 1000;
  }
  const reset = Number(headers?.get('x-ratelimit-reset'));
  const spent = headers?.get('x-ratelimit-remaining') === '0';
  if (spent && Number.isFinite(reset) && reset * 1000 > now) {
    return reset * 1000;
  }
  return now + DEFAULT_BACKOFF_MS;
}

function clock(ms: number): string {
  return `${new Date(ms).toISOString().slice(11, 16)} UTC`;
}

async function safeGet(cache: SourceCache | undefined, key: string): Promise<unknown> {
  try {
    return await cache?.get(key);
  } catch {
    return undefined; // a broken cache only costs a network call
  }
}

async function safeSet(cache: SourceCache | undefined, key: string, value: unknown, ttl: number) {
  try {
    await cache?.set(key, value, ttl);
  } catch {
    // not cached: the next save asks again
  }
}

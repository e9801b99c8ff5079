/** Test doubles for the API clients: a scripted fetch and a cache with a clock. */
import { readFileSync } from 'node:fs';
import type { SourceCache } from '../../../lib/sources/cached-json';
import type { FetchLike } from '../../../lib/sources/http';

export function apiFixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/api/${name}`, import.meta.url), 'utf8');
}

export type Reply = { status?: number; body?: string; headers?: Record<string, string> } | 'hang';

/** Answers each call with the next scripted reply (the last one repeats); records the URLs. */
export function scriptedFetch(...replies: Reply[]): FetchLike & { calls: string[] } {
  const calls: string[] = [];
  const fetch = (async (input: string, init?: RequestInit) => {
    calls.push(input);
    const reply = replies[Math.min(calls.length - 1, replies.length - 1)] ?? { status: 500 };
    if (reply === 'hang') {
      // Like a server that never answers: only the caller's abort ends the wait.
      return new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
      });
    }
    return new Response(reply.body ?? '', { status: reply.status ?? 200, headers: reply.headers });
  }) as FetchLike & { calls: string[] };
  fetch.calls = calls;
  return fetch;
}

/** A cache that honours TTLs against an adjustable clock. */
export function clockedCache(start = Date.UTC(2026, 10, 22, 10, 0)) {
  let now = start;
  const entries = new Map<string, { value: unknown; expires: number }>();
  const cache: SourceCache = {
    async get(key) {
      const entry = entries.get(key);
      return entry && entry.expires > now ? entry.value : undefined;
    },
    async set(key, value, ttlMs) {
      entries.set(key, { value, expires: now + ttlMs });
    },
  };
  return {
    cache,
    entries,
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}

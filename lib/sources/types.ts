/**
 * An API that fills what a capture lacks. Each site folder declares its own
 * (lib/sites/<site>/); lib/sources/index.ts runs them in the sites' order.
 */
import type { Capture } from '../types';
import type { FetchLike, SourceResult } from './http';
import type { SourceCache } from './storage-cache';

export interface EnrichDeps {
  fetch: FetchLike;
  cache?: SourceCache;
  now?: () => number;
  /** Per attempt; lib/sources/http.ts's default when absent. */
  timeoutMs?: number;
}

export interface Source {
  name: string;
  /** True when this source can fill something the capture lacks. */
  wants(capture: Capture): boolean;
  /**
   * Cache key of the answer for this capture (e.g. `arxiv-api:2106.09608`), for a client
   * that does not cache by itself. Absent when the client caches its answers (the GitHub
   * and Hugging Face clients do, with their rate-limit backoff): one answer, one entry.
   */
  cacheKey?(capture: Capture): string;
  /** How long an answer stays good (with `cacheKey`). */
  ttlMs: number;
  fetch(capture: Capture, deps: EnrichDeps): Promise<SourceResult<Capture>>;
  /** Combines the capture with the source's answer. */
  merge(capture: Capture, answer: Capture): Capture;
  /** What is still missing after the merge (or after a failure). */
  missing(capture: Capture): string[];
}

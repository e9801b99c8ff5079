/**
 * What an API source is (arXiv, GitHub, Hugging Face): the shape the dispatch table in
 * lib/sources/index.ts runs. Its own file so the sources and the table import it without
 * importing each other.
 */
import type { Capture } from '../types';
import type { FetchLike, SourceResult } from './http';
import type { SourceCache } from './storage-cache';

export interface EnrichDeps {
  fetch: FetchLike;
  cache?: SourceCache;
  now?: () => number;
}

export interface Source {
  name: string;
  /** True when this source can fill something the capture lacks. */
  wants(capture: Capture): boolean;
  /** Cache key of the answer for this capture (e.g. `arxiv-api:2106.09608`). */
  cacheKey(capture: Capture): string;
  /** How long an answer stays good. */
  ttlMs: number;
  fetch(capture: Capture, deps: EnrichDeps): Promise<SourceResult<Capture>>;
  /** Combines the capture with the source's answer. */
  merge(capture: Capture, answer: Capture): Capture;
  /** What is still missing after the merge (or after a failure). */
  missing(capture: Capture): string[];
}

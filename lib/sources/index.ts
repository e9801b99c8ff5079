/**
 * Fills what a capture lacks from the API that knows the work. Never throws: a source
 * that fails leaves the capture as it was plus a note saying why, so a save never waits
 * on, or breaks because of, a network call.
 *
 * The sources are the sites' own (lib/sites/<site>/), in the sites' order (lib/sites/sources.ts).
 */
import { SITE_SOURCES } from '../sites/sources';
import type { Capture } from '../types';
import type { SourceResult } from './http';
import { unique } from './merge-captures';
import type { EnrichDeps, Source } from './types';

import type { SourceCache } from './storage-cache';

export type { SourceCache };
export type { EnrichDeps, Source } from './types';
export { mergeCaptures } from './merge-captures';

export const SOURCES: Source[] = SITE_SOURCES;

function withMissing(capture: Capture, missing: string[]): Capture {
  const { missing: _old, ...rest } = capture;
  return missing.length > 0 ? { ...rest, missing } : rest;
}

function addNote(capture: Capture, note: string): Capture {
  const notes = unique([...(capture.notes ?? []), note]);
  return { ...capture, notes };
}

async function cachedAnswer(
  source: Source,
  capture: Capture,
  deps: EnrichDeps,
): Promise<SourceResult<Capture>> {
  const key = source.cacheKey?.(capture);
  if (key === undefined) return source.fetch(capture, deps);
  try {
    const hit = await deps.cache?.get(key);
    if (hit && typeof hit === 'object' && 'key' in hit) return { ok: true, value: hit as Capture };
  } catch {
    // A broken cache only costs a network call.
  }
  const answer = await source.fetch(capture, deps);
  if (answer.ok) {
    try {
      await deps.cache?.set(key, answer.value, source.ttlMs);
    } catch {
      // Not cached this time; the answer is still good.
    }
  }
  return answer;
}

/** The capture with what its sources could add, and `missing`/`notes` saying what they could not. */
export async function enrichCapture(capture: Capture, deps: EnrichDeps): Promise<Capture> {
  let current = capture;
  for (const source of SOURCES) {
    try {
      if (!source.wants(current)) continue;
      const answer = await cachedAnswer(source, current, deps);
      if (answer.ok) {
        const merged = source.merge(current, answer.value);
        current = withMissing(merged, source.missing(merged));
      } else {
        current = addNote(withMissing(current, source.missing(current)), answer.error);
      }
    } catch (error) {
      current = addNote(
        current,
        `${source.name} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return current;
}

/**
 * Fills what a capture lacks from the API that knows the work. Never throws: a source
 * that fails leaves the capture as it was plus a note saying why, so a save never waits
 * on, or breaks because of, a network call.
 *
 * One entry per source in `SOURCES` (a dispatch table, no switch): the GitHub and Hugging
 * Face clients add theirs beside arXiv's.
 */
import { paperMissing } from '../extractors/arxiv-text';
import type { Capture } from '../types';
import { fetchArxivPaper } from './arxiv';
import { githubSource } from './github';
import type { SourceResult } from './http';
import { huggingfaceSource } from './huggingface';

import type { EnrichDeps, Source } from './source';
import type { SourceCache } from './storage-cache';

export type { SourceCache };

export type { EnrichDeps, Source };

const DAY_MS = 24 * 60 * 60 * 1000;

const arxivSource: Source = {
  name: 'arXiv API',
  wants: (capture) =>
    capture.kind === 'paper' &&
    Boolean(capture.arxiv?.id) &&
    (!capture.authors?.length ||
      !capture.abstract ||
      !capture.arxiv?.published ||
      !capture.arxiv?.primaryCategory),
  cacheKey: (capture) => `arxiv-api:${capture.arxiv?.id}`,
  ttlMs: DAY_MS,
  fetch: (capture, deps) => fetchArxivPaper(capture.arxiv?.id ?? '', { fetch: deps.fetch }),
  merge: mergeCaptures,
  missing: paperMissing,
};

export const SOURCES: Source[] = [arxivSource, githubSource, huggingfaceSource];

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/**
 * Page data + API data for the same work. What the page says wins (it is what the user
 * was looking at: title, version, that version's date, page title); the API fills the
 * gaps. Two exceptions, for arXiv: the API's author list replaces one read from LaTeXML's
 * author block (arXiv HTML pages, where affiliations and names are mixed), recognisable by
 * the capture lacking an abstract as those pages do; and the API's `updated` (its latest
 * version's date) is only taken when it is the version the page showed.
 * Links (`codeUrls`, `paperIds`) are united; `notes` too.
 */
export function mergeCaptures(base: Capture, extra: Capture): Capture {
  const merged: Capture = { ...extra, ...definedFields(base) };
  // A title the page marked missing is a stand-in (the URL, `arXiv 2106.09608` for a PDF):
  // the API's real one replaces it.
  if (base.missing?.includes('title') && extra.title) merged.title = extra.title;
  if (base.kind === 'paper' && !base.abstract && extra.authors?.length) {
    merged.authors = extra.authors;
  }
  if (base.arxiv || extra.arxiv) {
    const sameVersion =
      base.arxiv?.version === undefined || base.arxiv.version === extra.arxiv?.version;
    const extraArxiv = { ...extra.arxiv, id: extra.arxiv?.id ?? base.arxiv?.id ?? '' };
    if (!sameVersion) delete extraArxiv.updated;
    merged.arxiv = { ...extraArxiv, ...definedFields(base.arxiv ?? { id: extraArxiv.id }) };
  }
  for (const field of ['codeUrls', 'paperIds', 'notes'] as const) {
    const values = unique([...(base[field] ?? []), ...(extra[field] ?? [])]);
    if (values.length > 0) merged[field] = values;
    else delete merged[field];
  }
  delete merged.missing;
  return merged;
}

function definedFields<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [name, field] of Object.entries(value) as [keyof T, T[keyof T]][]) {
    if (field === undefined || field === '' || (Array.isArray(field) && field.length === 0))
      continue;
    out[name] = field;
  }
  return out;
}

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
  const key = source.cacheKey(capture);
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

/**
 * Published versions of arXiv papers, as an enrichment source: after a save, the paper's
 * arXiv id is looked up in Semantic Scholar, and when that fails or knows no venue, its
 * title in DBLP. It fills the venue, the publisher's DOI and the citation count; an API
 * that is down, limited or answers garbage adds a note and nothing else.
 */
import { fetchDblpPublished } from '../dblp/api';
import type { SourceResult } from '../../sources/http';
import type { EnrichDeps, Source } from '../../sources/types';
import type { Capture } from '../../types';
import { fetchS2Published, PUBLISHED_TTL_MS } from './api';
import type { PublishedVersion } from './published';

/** Asks Semantic Scholar, then DBLP for what it did not say; errors only when both fail. */
export async function lookUpPublished(
  arxivId: string,
  title: string,
  deps: EnrichDeps,
): Promise<SourceResult<PublishedVersion>> {
  const s2 = await fetchS2Published(arxivId, deps);
  if (s2.ok && s2.value.venue) return s2;
  const dblp = title
    ? await fetchDblpPublished(arxivId, title, deps)
    : ({ ok: false, error: 'no title to search DBLP for' } as const);
  if (!s2.ok && !dblp.ok) return { ok: false, error: `${s2.error}; ${dblp.error}` };
  const found: PublishedVersion = { ...(s2.ok ? s2.value : {}) };
  if (dblp.ok) {
    if (dblp.value.venue) found.venue = dblp.value.venue;
    if (!found.doi && dblp.value.doi) found.doi = dblp.value.doi;
  }
  return { ok: true, value: found };
}

/** The day an answer was read, for `citations.checkedAt`. */
function today(deps: EnrichDeps): string {
  return new Date((deps.now ?? Date.now)()).toISOString().slice(0, 10);
}

/** The answer as a capture of the same work (what `Source.fetch` hands to `merge`). */
function asCapture(capture: Capture, found: PublishedVersion, checkedAt: string): Capture {
  const answer: Capture = { key: capture.key, kind: capture.kind, url: capture.url, title: '' };
  if (found.venue) answer.venue = found.venue;
  if (found.doi) answer.doi = found.doi;
  if (found.citationCount !== undefined) {
    answer.citations = { count: found.citationCount, checkedAt };
  }
  return answer;
}

/**
 * A venue the page stated (`source: 'page'`) and a DOI already known win; the citation
 * count is the newest one read.
 */
export function mergePublished(capture: Capture, answer: Capture): Capture {
  const merged: Capture = { ...capture };
  if (!merged.venue && answer.venue) merged.venue = answer.venue;
  if (!merged.doi && answer.doi) merged.doi = answer.doi;
  if (answer.citations) merged.citations = answer.citations;
  return merged;
}

export const publishedVersionSource: Source = {
  name: 'Published version (Semantic Scholar, DBLP)',
  wants: (capture) => capture.kind === 'paper' && Boolean(capture.arxiv?.id) && !capture.venue,
  // No cacheKey: each client caches its own answer per paper, with its own rate limit.
  ttlMs: PUBLISHED_TTL_MS,
  async fetch(capture, deps) {
    const found = await lookUpPublished(capture.arxiv?.id ?? '', capture.title, deps);
    return found.ok ? { ok: true, value: asCapture(capture, found.value, today(deps)) } : found;
  },
  merge: mergePublished,
  // A venue is not "missing" from a preprint: this source only takes it off the list.
  missing: (capture) =>
    (capture.missing ?? []).filter((field) => !(field === 'venue' && capture.venue)),
};

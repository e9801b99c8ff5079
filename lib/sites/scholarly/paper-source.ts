/**
 * An API source that completes a paper record the page could not fill (a PDF tab of
 * OpenReview, the ACL Anthology, PMLR, NeurIPS, bioRxiv or a DOI): each site says how it
 * finds its id in a capture and how it reads its answer; the rest is shared. It runs after
 * the save (lib/sources/index.ts) and reads without a DOM (the MV3 background has none).
 * A failed call leaves the record as it was, still missing what it was missing.
 */
import { DAY_MS } from '../../sources/cached-json';
import type { SourceResult } from '../../sources/http';
import { mergeCaptures } from '../../sources/merge-captures';
import type { EnrichDeps, Source } from '../../sources/types';
import type { Capture } from '../../types';
import { scholarlyMissing } from './citation';

/** A paper's metadata rarely changes once published: answers are kept a week. */
export const PAPER_TTL_MS = 7 * DAY_MS;

/** What an API answer may add to a paper record. */
export type PaperFields = Omit<Partial<Capture>, 'key' | 'kind' | 'url'> & { title: string };

/**
 * What a paper record still lacks. A stand-in title (a PDF's file name, marked missing)
 * stays missing until an answer replaces it: mergeCaptures drops the mark when it does.
 */
export function paperGaps(capture: Capture): string[] {
  const gaps = scholarlyMissing(capture);
  if (capture.missing?.includes('title') && !gaps.includes('title')) gaps.unshift('title');
  return gaps;
}

export interface PaperSourceSpec<Id> {
  name: string;
  /** The id this source knows the capture by; undefined when the capture is not its site's. */
  idOf(capture: Capture): Id | undefined;
  cacheKey(id: Id): string;
  fetch(id: Id, capture: Capture, deps: EnrichDeps): Promise<SourceResult<PaperFields>>;
}

export function paperSource<Id>(spec: PaperSourceSpec<Id>): Source {
  return {
    name: spec.name,
    wants: (capture) =>
      capture.kind === 'paper' && spec.idOf(capture) !== undefined && paperGaps(capture).length > 0,
    cacheKey: (capture) => {
      const id = spec.idOf(capture);
      return id === undefined ? `${spec.name}:none` : spec.cacheKey(id);
    },
    ttlMs: PAPER_TTL_MS,
    async fetch(capture, deps) {
      const id = spec.idOf(capture);
      if (id === undefined) return { ok: false, error: `${spec.name}: not a paper it knows` };
      const found = await spec.fetch(id, capture, deps);
      if (!found.ok) return found;
      // The answer as a capture of the same work, for the merge and the cache.
      return {
        ok: true,
        value: { ...found.value, key: capture.key, kind: 'paper', url: capture.url },
      };
    },
    // What the page said wins; the answer fills the gaps and replaces a stand-in title.
    merge: mergeCaptures,
    missing: paperGaps,
  };
}

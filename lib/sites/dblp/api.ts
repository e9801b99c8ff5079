/**
 * DBLP publication search (https://dblp.org/faq/How+to+use+the+dblp+search+API.html):
 * `GET /search/publ/api?q={query}&format=json` answers `result.hits.hit[].info` with
 * `title` (ending in a full stop), `venue`, `year`, `volume`, `number`, `pages`, `type`,
 * `doi` and `ee`. An arXiv paper is searched by its title; its own CoRR entry ("Informal
 * and Other Publications") is not a published version and is skipped. Answers are kept a
 * week per paper; a 429 pauses further calls.
 */
import { cachedJson, type SourceDeps } from '../../sources/cached-json';
import type { SourceResult } from '../../sources/http';
import type { VenueFields } from '../../types';
import { withoutUndefined } from '../../util/defined';
import {
  isPreprintVenue,
  plausibleYear,
  publisherDoi,
  type PublishedVersion,
  venueType,
} from '../semanticscholar/published';
import { PUBLISHED_TTL_MS } from '../semanticscholar/api';

export const DBLP_API = 'https://dblp.org/search/publ/api';

export function fetchDblpPublished(
  arxivId: string,
  title: string,
  deps: SourceDeps,
): Promise<SourceResult<PublishedVersion>> {
  const query = comparable(title);
  return cachedJson(
    {
      service: 'dblp',
      url: `${DBLP_API}?q=${encodeURIComponent(query)}&format=json&h=30`,
      cacheKey: `dblp:arxiv:${arxivId}`,
      ttlMs: PUBLISHED_TTL_MS,
      limitStatuses: [429],
      parse: (json) => parseDblpSearch(json, title),
    },
    deps,
  );
}

/** Lower case, letters and digits only: DBLP ends titles with a full stop, pages do not. */
export function comparable(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : undefined;
}

/**
 * The published version among the hits whose title is the paper's; `{}` when DBLP knows
 * none (a preprint); undefined when the answer is not DBLP's search format.
 */
export function parseDblpSearch(json: unknown, title: string): PublishedVersion | undefined {
  const hits = record(record(record(json)?.result)?.hits);
  if (!hits) return undefined;
  // DBLP sends one hit as an object and none as no `hit` at all.
  const list = Array.isArray(hits.hit) ? hits.hit : hits.hit === undefined ? [] : [hits.hit];
  const wanted = comparable(title);
  for (const hit of list) {
    const info = record(record(hit)?.info);
    if (!info || comparable(text(info.title) ?? '') !== wanted) continue;
    const venue = dblpVenue(info);
    if (!venue) continue;
    const found: PublishedVersion = { venue };
    const doi = publisherDoi(info.doi);
    if (doi) found.doi = doi;
    return found;
  }
  return {};
}

function dblpVenue(info: Record<string, unknown>): VenueFields | undefined {
  const type = text(info.type) ?? '';
  // `ACL (1)` is volume 1 of the proceedings; people write `ACL`.
  const name = text(info.venue)?.replace(/\s*\(\d+\)$/, '');
  if (!name || /^informal/i.test(type) || isPreprintVenue(name)) return undefined;
  const journal = /^journal/i.test(type);
  const venue: VenueFields = {
    name,
    type: venueType(name, journal ? 'journal' : /^conference/i.test(type) ? 'conference' : 'other'),
    year: plausibleYear(text(info.year)),
    volume: journal ? text(info.volume) : undefined,
    issue: journal ? text(info.number) : undefined,
    pages: text(info.pages),
    source: 'dblp',
  };
  return withoutUndefined(venue);
}

/**
 * Semantic Scholar Graph API (https://api.semanticscholar.org/api-docs/graph), paper by
 * arXiv id: `GET /graph/v1/paper/arXiv:{id}?fields=…` answers the venue (`venue`, and
 * `publicationVenue` with its `type` and `alternate_names`), `year`, `externalIds.DOI`,
 * `journal` (name, volume, pages), `publicationTypes` and `citationCount`. Unauthenticated
 * calls share a pool that answers 429 when busy, so answers are kept a week per paper and a
 * 429 pauses further calls.
 */
import { cachedJson, DAY_MS, type SourceDeps } from '../../sources/cached-json';
import type { SourceResult } from '../../sources/http';
import type { VenueFields } from '../../types';
import { withoutUndefined } from '../../util/defined';
import {
  isPreprintVenue,
  plausibleYear,
  publisherDoi,
  type PublishedVersion,
  venueType,
} from './published';

export const S2_API = 'https://api.semanticscholar.org/graph/v1';
const FIELDS = 'venue,publicationVenue,year,externalIds,citationCount,journal,publicationTypes';
export const PUBLISHED_TTL_MS = 7 * DAY_MS;

export function fetchS2Published(
  arxivId: string,
  deps: SourceDeps,
): Promise<SourceResult<PublishedVersion>> {
  return cachedJson(
    {
      service: 'semanticscholar',
      url: `${S2_API}/paper/arXiv:${encodeURIComponent(arxivId)}?fields=${FIELDS}`,
      cacheKey: `s2:arxiv:${arxivId}`,
      ttlMs: PUBLISHED_TTL_MS,
      limitStatuses: [429],
      parse: parseS2Paper,
    },
    deps,
  );
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : undefined;
}

/** The answer as a published version; undefined when it is not a paper object at all. */
export function parseS2Paper(json: unknown): PublishedVersion | undefined {
  const paper = record(json);
  if (!paper || (!text(paper.paperId) && !record(paper.externalIds))) return undefined;
  const found: PublishedVersion = {};
  const venue = s2Venue(paper);
  if (venue) found.venue = venue;
  const doi = publisherDoi(record(paper.externalIds)?.DOI);
  if (doi) found.doi = doi;
  const count = paper.citationCount;
  if (typeof count === 'number' && Number.isInteger(count) && count >= 0) {
    found.citationCount = count;
  }
  return found;
}

function s2Venue(paper: Record<string, unknown>): VenueFields | undefined {
  const publicationVenue = record(paper.publicationVenue);
  const journal = record(paper.journal);
  const fullName = text(publicationVenue?.name) ?? text(paper.venue) ?? text(journal?.name);
  if (!fullName || isPreprintVenue(fullName)) return undefined;
  const venue: VenueFields = {
    name: shortName(fullName, publicationVenue?.alternate_names),
    type: venueType(fullName, s2Type(publicationVenue?.type, paper.publicationTypes)),
    year: plausibleYear(paper.year),
    source: 'semantic-scholar',
  };
  // `journal` repeats the venue for conference papers and says `ArXiv` for preprints; its
  // volume and pages only belong to the record when it names the same venue.
  const journalName = text(journal?.name);
  if (journalName && !isPreprintVenue(journalName)) {
    venue.volume = text(journal?.volume);
    venue.pages = text(journal?.pages)?.replace(/\s*-+\s*/, '-');
  }
  return withoutUndefined(venue);
}

/**
 * The name people cite: an acronym among the alternate names (`NeurIPS` for "Neural
 * Information Processing Systems") when there is one, else the full name.
 */
function shortName(fullName: string, alternates: unknown): string {
  const names = Array.isArray(alternates) ? alternates.map(text).filter(Boolean) : [];
  const acronym = names.find(
    (name) => name && /^[A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z]*$/.test(name),
  );
  return acronym ?? fullName;
}

function s2Type(venueTypeText: unknown, publicationTypes: unknown): VenueFields['type'] {
  if (venueTypeText === 'conference') return 'conference';
  if (venueTypeText === 'journal') return 'journal';
  const types = Array.isArray(publicationTypes) ? publicationTypes : [];
  if (types.includes('Conference')) return 'conference';
  if (types.includes('JournalArticle')) return 'journal';
  return 'other';
}

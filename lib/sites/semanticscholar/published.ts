/**
 * What a published-version look-up tells about an arXiv paper, whichever API answered:
 * where it was published, the publisher's DOI and how often it is cited.
 */
import type { VenueFields } from '../../types';

export interface PublishedVersion {
  venue?: VenueFields;
  /** The publisher's DOI, lower case; never arXiv's own `10.48550/…`. */
  doi?: string;
  citationCount?: number;
}

// Preprint servers: a paper "published" there has no venue yet.
const PREPRINT_VENUES = /^(arxiv(\.org)?|corr|biorxiv|medrxiv|ssrn|openreview\.net|techrxiv)$/i;

export function isPreprintVenue(name: string): boolean {
  return PREPRINT_VENUES.test(name.trim());
}

/** A DOI worth keeping as the published version's: lower case, not arXiv's DataCite one. */
export function publisherDoi(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const doi = text.trim().toLowerCase();
  if (!/^10\.\d{4,9}\/\S+$/.test(doi) || doi.startsWith('10.48550/')) return undefined;
  return doi;
}

/** A year as a number when it is a plausible publication year. */
export function plausibleYear(value: unknown): number | undefined {
  const year = typeof value === 'string' ? Number(value) : value;
  return typeof year === 'number' && Number.isInteger(year) && year >= 1900 && year <= 2200
    ? year
    : undefined;
}

/** `workshop` when the name says so, whatever the API's type. */
export function venueType(
  name: string,
  type: VenueFields['type'] | undefined,
): VenueFields['type'] | undefined {
  if (/\bworkshops?\b/i.test(name)) return 'workshop';
  return type;
}

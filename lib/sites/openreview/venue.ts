/**
 * OpenReview's venue strings as a venue: `ICLR 2024 oral` → ICLR, 2024; the venue id
 * `ICLR.cc/2024/Conference` when there is no display string. A submission under review,
 * withdrawn or rejected has no venue.
 */
import type { VenueFields } from '../../types';

const NOT_PUBLISHED =
  /\b(submitted|under review|withdrawn|rejected|desk[- ]rejected|blind submission)\b/i;

export function openreviewVenue(display?: string, venueId?: string): VenueFields | undefined {
  const text = display?.replace(/\s+/g, ' ').trim();
  if (text) {
    if (NOT_PUBLISHED.test(text)) return undefined;
    const match = /^(.*?)\s*\b((?:19|20)\d{2})\b/.exec(text);
    const name = (match?.[1] || text).trim();
    return {
      name,
      type: /workshop/i.test(text) ? 'workshop' : 'conference',
      ...(match?.[2] ? { year: Number(match[2]) } : {}),
      source: 'page',
    };
  }
  // `ICLR.cc/2024/Conference`, `NeurIPS.cc/2023/Workshop/XYZ`.
  const id = /^([A-Za-z][\w-]*)(?:\.[a-z]+)?\/((?:19|20)\d{2})\/(Conference|Workshop|Track)\b/.exec(
    venueId ?? '',
  );
  if (!id?.[1] || /Submission|Withdrawn|Rejected/i.test(venueId ?? '')) return undefined;
  return {
    name: id[1],
    type: id[3] === 'Workshop' ? 'workshop' : 'conference',
    year: Number(id[2]),
    source: 'page',
  };
}

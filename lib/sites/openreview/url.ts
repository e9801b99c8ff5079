/**
 * OpenReview's URL rules: a submission's forum (`/forum?id={id}`) and its PDF
 * (`/pdf?id={id}`) are one record, `openreview:{id}`. A `noteId` (a review or comment in
 * the forum) still names the forum's paper. Pages are read through `activeTab`.
 */
import type { Identity, UrlRule } from '../types';

export const OPENREVIEW_HOSTS = new Set(['openreview.net', 'www.openreview.net']);
const PAPER_PATHS = new Set(['forum', 'pdf']);
// OpenReview note ids: letters, digits, `_` and `-` (`nZeVKeeFYf9`, `r1xMH1BtvB`).
const NOTE_ID = /^[\w-]{5,40}$/;

export function openreviewIdentity(id: string): Identity {
  return {
    key: `openreview:${id}`,
    kind: 'paper',
    url: `https://openreview.net/forum?id=${encodeURIComponent(id)}`,
  };
}

function identifyOpenReviewUrl(url: URL, segments: string[]): Identity | null {
  if (!OPENREVIEW_HOSTS.has(url.hostname)) return null;
  if (segments.length !== 1 || !PAPER_PATHS.has(segments[0] ?? '')) return null;
  const id = url.searchParams.get('id')?.trim() ?? '';
  return NOTE_ID.test(id) ? openreviewIdentity(id) : null;
}

export const openreviewUrls: UrlRule = {
  site: 'openreview',
  // The API that completes a record saved from a PDF (./api.ts), v2 and v1.
  hostPermissions: ['https://api2.openreview.net/*', 'https://api.openreview.net/*'],
  identify: identifyOpenReviewUrl,
};

/**
 * The few facts that tell one work from another at a glance, by kind: a paper's year and
 * venue (with the venue's own year when it is not the paper's first: an arXiv paper of 2021
 * at `ICLR 2022`), a repository's stars, language and licence, a Hub model's likes, task
 * and licence. The popup's card and the library's rows show the same.
 * Only what is known is listed: an empty list says nothing (what is missing is said once,
 * elsewhere).
 */
import type { Capture } from './types';

export function captureFacts(capture: Capture): string[] {
  const facts: string[] = [];
  const year = yearOf(capture);
  if (year) facts.push(year);
  const venue = capture.venue;
  if (venue?.name) {
    const venueYear = venue.year ? String(venue.year) : undefined;
    const named = venueYear && venue.name.includes(venueYear);
    facts.push(
      venueYear && venueYear !== year && !named ? `${venue.name} ${venueYear}` : venue.name,
    );
  }
  if (capture.arxiv?.primaryCategory) facts.push(capture.arxiv.primaryCategory);
  const repo = capture.repo;
  if (repo) {
    if (repo.stars !== undefined) facts.push(`★ ${compact(repo.stars)}`);
    if (repo.language) facts.push(repo.language);
    if (repo.license) facts.push(repo.license);
  }
  const hub = capture.hub;
  if (hub) {
    if (hub.likes !== undefined) facts.push(`♥ ${compact(hub.likes)}`);
    if (hub.pipelineTag) facts.push(hub.pipelineTag);
    if (hub.license) facts.push(hub.license);
  }
  return facts;
}

/** The year a paper appeared: its publication date, else its first arXiv version's. */
function yearOf(capture: Capture): string | undefined {
  const date = capture.published ?? capture.arxiv?.published;
  const year = date?.slice(0, 4) ?? (capture.venue?.year ? String(capture.venue.year) : undefined);
  return year && /^\d{4}$/.test(year) ? year : undefined;
}

/** 12345 → "12.3k": a count read at a glance, not audited. */
function compact(count: number): string {
  if (count < 1000) return String(count);
  if (count < 1_000_000) return `${Number((count / 1000).toFixed(1))}k`;
  return `${Number((count / 1_000_000).toFixed(1))}M`;
}

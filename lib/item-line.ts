/**
 * What identifies a record in one line of text: its id, its first authors and its facts
 * (year, venue, stars, …). The library's rows show it muted under each title; the popup's
 * card shows the same parts on lines of their own. Pure text: the components escape it.
 */
import { captureFacts } from './capture-facts';
import type { Capture } from './types';

/** `arXiv:2106.09608v2`, `owner/repo`, the Hub id, else the URL's host. */
export function identifierOf(capture: Capture): string {
  if (capture.arxiv) {
    const version = capture.arxiv.version ? `v${capture.arxiv.version}` : '';
    return `arXiv:${capture.arxiv.id}${version}`;
  }
  if (capture.repo) return `${capture.repo.owner}/${capture.repo.name}`;
  if (capture.hub) return capture.hub.id;
  // Entries imported from a list without a link (a wiki line) have no URL at all.
  try {
    return new URL(capture.url).host;
  } catch {
    return capture.url || 'no link';
  }
}

export function formatAuthors(authors: string[] | undefined, max = 6): string {
  if (!authors?.length) return '';
  if (authors.length <= max) return authors.join(', ');
  return `${authors.slice(0, max).join(', ')} and ${authors.length - max} more`;
}

/**
 * A library row's metadata line: `arXiv:1706.03762v5 · A, B, C and 5 more · 2017 · NeurIPS`,
 * then the topics it is filed under when a search spans topics (`places`).
 */
export function itemMetaLine(capture: Capture, places?: string): string {
  return [
    identifierOf(capture),
    formatAuthors(capture.authors, 3),
    ...captureFacts(capture),
    places,
  ]
    .filter(Boolean)
    .join(' · ');
}

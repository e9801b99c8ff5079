/**
 * Semantic Scholar's URL rules. Its Graph API (published versions of arXiv papers) is the
 * host this site needs. Its paper pages (`www.semanticscholar.org/paper/{slug}/{id}`, slug
 * optional) are read through `activeTab`: the URL holds only S2's own id, so it keys the
 * page until the page itself names the arXiv paper or DOI it is about (./page.ts).
 */
import type { Identity, UrlRule } from '../types';

export const S2_PAGE_HOSTS = new Set(['www.semanticscholar.org', 'semanticscholar.org']);
const PAPER_ID = /^[0-9a-f]{40}$/i;

/** S2's 40-hex paper id in a `/paper/…` path, or null. */
export function s2PaperId(segments: string[]): string | null {
  if (segments[0] !== 'paper' || segments.length < 2 || segments.length > 3) return null;
  const id = segments[segments.length - 1] ?? '';
  return PAPER_ID.test(id) ? id.toLowerCase() : null;
}

export function s2PageIdentity(id: string): Identity {
  const url = `https://www.semanticscholar.org/paper/${id}`;
  return { key: `url:${url}`, kind: 'paper', url };
}

function identifyS2Url(url: URL, segments: string[]): Identity | null {
  if (!S2_PAGE_HOSTS.has(url.hostname)) return null;
  const id = s2PaperId(segments);
  return id ? s2PageIdentity(id) : null;
}

export const semanticScholarUrls: UrlRule = {
  site: 'semanticscholar',
  hostPermissions: ['https://api.semanticscholar.org/*'],
  identify: identifyS2Url,
};

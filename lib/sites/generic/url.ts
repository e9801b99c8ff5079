/**
 * Any other URL: a `url:` identity, the page itself. Other sites' rules fall back on it
 * for their pages that are not works (an issue, a blog post), which keep their repo.
 */
import type { Identity, UrlRule } from '../types';

/** `url:` identity: lower-case host, no fragment, no `utm_*`, no trailing slash. */
export function normalizeUrl(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  for (const name of [...copy.searchParams.keys()]) {
    if (name.toLowerCase().startsWith('utm_')) copy.searchParams.delete(name);
  }
  // URL already lower-cases the scheme and host.
  let text = copy.href;
  if (copy.search === '' && text.endsWith('?')) text = text.slice(0, -1);
  return text.replace(/\/+(?=$|\?)/, '');
}

export function pageIdentity(url: URL): Identity {
  const normalized = normalizeUrl(url);
  return { key: `url:${normalized}`, kind: 'page', url: normalized };
}

/** `doi:{lower-case DOI}`: a paper known by its DOI (and no arXiv id); it lives at doi.org. */
export function doiIdentity(doi: string): Identity {
  const lower = doi.toLowerCase();
  return { key: `doi:${lower}`, kind: 'paper', url: `https://doi.org/${lower}` };
}

const DOI_HOSTS = new Set(['doi.org', 'dx.doi.org', 'www.doi.org']);

/** `https://doi.org/10.1371/journal.pone.0213978` → that DOI's record. */
export const doiUrls: UrlRule = {
  site: 'doi',
  // Resolving a DOI is a redirect the browser follows; nothing is fetched from doi.org.
  hostPermissions: [],
  identify(url, segments) {
    if (!DOI_HOSTS.has(url.hostname)) return null;
    const match = /^(10\.\d{4,9}\/.+)$/.exec(segments.join('/'));
    return match?.[1] ? doiIdentity(match[1]) : null;
  },
};

/** An http(s) URL and its decoded path segments; null for anything else (`chrome://`, junk). */
export function parseWebUrl(input: string): { url: URL; segments: string[] } | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return { url, segments: url.pathname.split('/').filter(Boolean).map(safeDecode) };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Any other URL: a `url:` identity, the page itself. Other sites' rules fall back on it
 * for their pages that are not works (an issue, a blog post), which keep their repo.
 */
import type { Identity } from '../types';

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

/**
 * A URL's identity by the given URL rules, tried in order; any http(s) URL none of them
 * claims is a `url:` page. lib/identity.ts passes every site's rules (background, popup,
 * CLI, store); a site's extractors pass only their own site's, so a content script carries
 * one site's rules rather than the whole registry (15 KB budget per content script).
 */
import { pageIdentity, parseWebUrl } from './generic/url';
import type { Identity, UrlRule } from './types';

/** Null for URLs that cannot hold an identity (`chrome://`, junk). */
export function identifyWith(rules: readonly UrlRule[], input: string): Identity | null {
  const parsed = parseWebUrl(input);
  if (!parsed) return null;
  for (const rule of rules) {
    const identity = rule.identify(parsed.url, parsed.segments);
    if (identity) return identity;
  }
  return pageIdentity(parsed.url);
}

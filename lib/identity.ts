/**
 * One record per work: every URL form of a paper, repository or model maps to one key.
 * The table lives in ../shared/DESIGN.md ("Identity"). This file is the registry of the
 * sites' URL rules (each in lib/sites/<site>/url.ts), tried in order; any URL no site
 * claims is a `url:` page. It stays small: content scripts carry it.
 */
import { arxivUrls } from './sites/arxiv/url';
import { pageIdentity } from './sites/generic/url';
import { githubUrls } from './sites/github/url';
import { huggingfaceUrls } from './sites/huggingface/url';
import type { Capture } from './types';
import type { Identity, UrlRule } from './sites/types';

export type { Identity } from './sites/types';
// Shared by callers outside the sites (styles, imports): re-exported from their site.
export { arxivAbsUrl, parseArxivId } from './sites/arxiv/url';
export { normalizeUrl } from './sites/generic/url';

/** Every site's URL rules, in the order they are tried. */
export const URL_RULES: UrlRule[] = [arxivUrls, githubUrls, huggingfaceUrls];

/** The identity of the work a URL shows; null for URLs that cannot hold one (`chrome://`, junk). */
export function identify(input: string): Identity | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const segments = url.pathname.split('/').filter(Boolean).map(safeDecode);
  for (const rule of URL_RULES) {
    const identity = rule.identify(url, segments);
    if (identity) return identity;
  }
  return pageIdentity(url);
}

/** The site records an identity already knows (`arxiv`, `repo`, `hub`), as capture fields. */
export function identityRecords(identity: Identity): Pick<Capture, 'arxiv' | 'repo' | 'hub'> {
  const records: Pick<Capture, 'arxiv' | 'repo' | 'hub'> = {};
  if (identity.arxiv) records.arxiv = { ...identity.arxiv };
  if (identity.repo) records.repo = { owner: identity.repo.owner, name: identity.repo.name };
  if (identity.hub) records.hub = { ...identity.hub };
  return records;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

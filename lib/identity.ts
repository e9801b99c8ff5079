/**
 * One record per work: every URL form of a paper, repository or model maps to one key.
 * The table lives in ../shared/DESIGN.md ("Identity"). This file is the registry of the
 * sites' URL rules (each in lib/sites/<site>/url.ts), tried in order; any URL no site
 * claims is a `url:` page. Content scripts do not carry it: a site's extractors identify
 * with their own site's rules (./sites/identify-with.ts).
 */
import { aclUrls } from './sites/acl/url';
import { arxivUrls } from './sites/arxiv/url';
import { biorxivUrls } from './sites/biorxiv/url';
import { dblpUrls } from './sites/dblp/url';
import { publisherUrls } from './sites/doi/url';
import { doiUrls } from './sites/generic/url';
import { githubUrls } from './sites/github/url';
import { huggingfaceUrls } from './sites/huggingface/url';
import { neuripsUrls } from './sites/neurips/url';
import { openreviewUrls } from './sites/openreview/url';
import { pmlrUrls } from './sites/pmlr/url';
import { semanticScholarUrls } from './sites/semanticscholar/url';
import { identifyWith } from './sites/identify-with';
import type { Identity, UrlRule } from './sites/types';

export type { Identity } from './sites/types';
// Shared by callers outside the sites (styles, imports): re-exported from their site.
export { arxivAbsUrl, parseArxivId } from './sites/arxiv/url';
export { normalizeUrl } from './sites/generic/url';
export { identityRecords } from './sites/records';

/** Every site's URL rules, in the order they are tried. */
export const URL_RULES: UrlRule[] = [
  arxivUrls,
  githubUrls,
  huggingfaceUrls,
  openreviewUrls,
  aclUrls,
  pmlrUrls,
  neuripsUrls,
  biorxivUrls,
  semanticScholarUrls,
  dblpUrls,
  // Last: publisher URLs that carry a DOI, and any other DOI, name that DOI's record.
  publisherUrls,
  doiUrls,
];

/** The identity of the work a URL shows; null for URLs that cannot hold one (`chrome://`, junk). */
export function identify(input: string): Identity | null {
  return identifyWith(URL_RULES, input);
}

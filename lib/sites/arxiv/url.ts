/**
 * arXiv's URL rules: the id rule (new and old style), the hosts that serve arXiv papers,
 * and which of their paths name a paper. Small on purpose: the arXiv content scripts and
 * lib/identity.ts both carry it.
 */
import { parseWebUrl } from '../generic/url';
import type { Identity, UrlRule } from '../types';

// New-style ids since 2007 (`0704.0001`, `2106.09608`), optional version.
const NEW_ID = /^(\d{4}\.\d{4,5})(?:v(\d+))?$/;
// Old-style ids: archive, optional subject class, then YYMMNNN (`hep-th/9901001`, `math.GT/0309136`).
const OLD_ID = /^([a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v(\d+))?$/;

/** Splits `2106.09608v2` (or an old-style id) into id and version; null when it is not an id. */
export function parseArxivId(text: string): { id: string; version?: number } | null {
  const trimmed = text.trim().replace(/^arxiv:/i, '');
  const match = NEW_ID.exec(trimmed) ?? OLD_ID.exec(trimmed);
  if (!match?.[1]) return null;
  return match[2] ? { id: match[1], version: Number(match[2]) } : { id: match[1] };
}

/** The abs page of an arXiv id: the URL people cite. */
export function arxivAbsUrl(id: string, version?: number): string {
  return `https://arxiv.org/abs/${id}${version ? `v${version}` : ''}`;
}

/** arXiv's own DataCite DOI of a paper (`10.48550/arXiv.2106.09608`), what citation tools use. */
export function arxivDoi(id: string): string {
  return `10.48550/arXiv.${id}`;
}

/** arXiv's own DataCite DOIs (`10.48550/arXiv.2106.09608`): the id of a paper, not a journal. */
export function arxivIdFromDoi(doi: string | undefined): string | undefined {
  const match = /^10\.48550\/arxiv\.(.+)$/i.exec(doi ?? '');
  return match?.[1] ? parseArxivId(match[1])?.id : undefined;
}

export function arxivIdentity(idText: string): Identity | null {
  const parsed = parseArxivId(idText);
  if (!parsed) return null;
  return { key: `arxiv:${parsed.id}`, kind: 'paper', url: arxivAbsUrl(parsed.id), arxiv: parsed };
}

/** Hosts that serve arXiv's own pages. */
export const ARXIV_HOSTS = new Set(['arxiv.org', 'www.arxiv.org', 'export.arxiv.org']);
/** Hosts that serve arXiv's LaTeXML full texts under their own name. */
export const AR5IV_HOSTS = new Set(['ar5iv.org', 'ar5iv.labs.arxiv.org']);
const ALPHAXIV_HOSTS = new Set(['alphaxiv.org', 'www.alphaxiv.org']);
const DOI_HOSTS = new Set(['doi.org', 'dx.doi.org']);

/** Content-script matches: abstract pages and HTML full texts (entrypoints/arxiv.content.ts). */
export const ARXIV_PAPER_PAGES = [
  'https://arxiv.org/abs/*',
  'https://export.arxiv.org/abs/*',
  'https://arxiv.org/html/*',
];
/** Content-script matches: listings and search results (entrypoints/arxiv-listing.content.ts). */
export const ARXIV_LISTING_PAGES = [
  'https://arxiv.org/list/*',
  'https://export.arxiv.org/list/*',
  'https://arxiv.org/search/*',
];

/** The id part of an arXiv-family path: what follows `/abs/`, `/pdf/`, `/html/`. */
function idFromArxivPath(segments: string[], prefixes: string[]): string | null {
  const [first, ...rest] = segments;
  if (!first || !prefixes.includes(first) || rest.length === 0) return null;
  // Old-style ids contain a slash (`hep-th/9901001`); new-style ones do not, but an HTML
  // full text may continue with a section path (`/html/2501.11120v1/#S2`, `/html/…/x1.png`).
  const oldStyle = `${rest[0]}/${rest[1] ?? ''}`.replace(/\.pdf$/, '');
  if (rest.length >= 2 && parseArxivId(oldStyle)) return oldStyle;
  return (rest[0] ?? '').replace(/\.pdf$/, '');
}

/**
 * The arXiv id in an arxiv.org page path: `/abs/2106.09608v2`, `/html/2501.11120v1/`,
 * `/abs/hep-th/9901001`, `/pdf/2106.09608.pdf`.
 */
export function arxivIdFromPath(pathname: string): { id: string; version?: number } | null {
  const segments = pathname.split('/').filter(Boolean);
  const id = idFromArxivPath(segments, ['abs', 'html', 'pdf']);
  return id ? parseArxivId(id) : null;
}

function identifyArxivUrl(url: URL, segments: string[]): Identity | null {
  const host = url.hostname;
  let id: string | null = null;
  if (ARXIV_HOSTS.has(host)) id = idFromArxivPath(segments, ['abs', 'pdf', 'html', 'format']);
  else if (AR5IV_HOSTS.has(host)) id = idFromArxivPath(segments, ['html', 'abs']);
  else if (ALPHAXIV_HOSTS.has(host)) id = idFromArxivPath(segments, ['abs', 'overview', 'pdf']);
  else if (DOI_HOSTS.has(host)) id = arxivIdFromDoi(segments.join('/')) ?? null;
  return id ? arxivIdentity(id) : null;
}

export const arxivUrls: UrlRule = {
  site: 'arxiv',
  hostPermissions: ['https://arxiv.org/*', 'https://export.arxiv.org/*'],
  identify: identifyArxivUrl,
};

/** The arXiv paper a URL names (abs, pdf, html, mirrors, DataCite DOI); null for other URLs. */
export function arxivPaperOfUrl(input: string): Identity | null {
  const parsed = parseWebUrl(input);
  return parsed ? identifyArxivUrl(parsed.url, parsed.segments) : null;
}

/**
 * bioRxiv and medRxiv URL rules: every view of every version of a preprint
 * (`/content/10.1101/2023.01.01.522333v2`, `….full`, `….full.pdf`, `….abstract`, no version)
 * is one record, keyed by its DOI without the version (`doi:10.1101/2023.01.01.522333`); the
 * version the URL names is kept on the capture.
 */
import type { Identity, UrlRule } from '../types';

export const RXIV_HOSTS = new Map([
  ['www.biorxiv.org', 'bioRxiv'],
  ['biorxiv.org', 'bioRxiv'],
  ['www.medrxiv.org', 'medRxiv'],
  ['medrxiv.org', 'medRxiv'],
]);

// `2023.01.01.522333` (since December 2019) or the older six-digit `123456`, then `v2`, then
// the view (`.full`, `.full.pdf`, `.abstract`, `.full-text`, `.article-metrics`, …).
// The PDF once had an HTML frame: `….full.pdf+html`.
const SUFFIX =
  /^(\d{4}\.\d{2}\.\d{2}\.\d{6,8}|\d{6})(?:v(\d+))?(?:\.[a-z-]+(?:\.pdf(?:\+html)?)?)?$/;

export interface RxivPaper {
  /** `10.1101/2023.01.01.522333`, without version. */
  doi: string;
  version?: number;
}

export function rxivPaperFromSegments(segments: string[]): RxivPaper | null {
  // The PDF the page's citation_pdf_url names: `/content/biorxiv/early/2023/03/17/{suffix}.full.pdf`.
  const early = /^(bio|med)rxiv$/.test(segments[1] ?? '') && segments[2] === 'early';
  const [content, prefix, suffix, ...rest] = early
    ? [segments[0], '10.1101', segments[6], ...segments.slice(7)]
    : segments;
  if (content !== 'content' || prefix !== '10.1101' || rest.length > 0) return null;
  const match = SUFFIX.exec(suffix ?? '');
  if (!match?.[1]) return null;
  return { doi: `10.1101/${match[1]}`, ...(match[2] ? { version: Number(match[2]) } : {}) };
}

export function rxivIdentity(host: string, paper: RxivPaper): Identity {
  const server = RXIV_HOSTS.get(host) === 'medRxiv' ? 'www.medrxiv.org' : 'www.biorxiv.org';
  return {
    key: `doi:${paper.doi}`,
    kind: 'paper',
    url: `https://${server}/content/${paper.doi}`,
    ...(paper.version !== undefined ? { version: paper.version } : {}),
  };
}

function identifyRxivUrl(url: URL, segments: string[]): Identity | null {
  if (!RXIV_HOSTS.has(url.hostname)) return null;
  const paper = rxivPaperFromSegments(segments);
  return paper ? rxivIdentity(url.hostname, paper) : null;
}

export const biorxivUrls: UrlRule = {
  site: 'biorxiv',
  // The API that completes a record saved from a PDF (./api.ts).
  hostPermissions: ['https://api.biorxiv.org/*'],
  identify: identifyRxivUrl,
};

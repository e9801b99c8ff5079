/**
 * Publisher URLs that carry their article's DOI, so the landing page, its other views and
 * its PDF are the one `doi:{lower-case DOI}` record by URL alone (a PDF tab has no tags to
 * read). One row per publishing platform; a URL no row reads (an issue's table of
 * contents, a figure, a search) stays a page. `doi.org` links are ../generic/url.ts's;
 * bioRxiv/medRxiv (version kept) are ../biorxiv/url.ts's. Pages are read through
 * `activeTab`: no host permission.
 */
import { doiIdentity } from '../generic/url';
import type { Identity, UrlRule } from '../types';

interface PublisherRule {
  /** The platform's hosts; each also covers its subdomains (`agupubs.onlinelibrary.wiley.com`). */
  hosts: string[];
  /** The DOI a URL of the platform names, or undefined when it names no article. */
  doi(url: URL, segments: string[]): string | undefined;
}

const DOI = /^10\.\d{4,9}\/\S+$/;

/**
 * Atypon's Literatum (ACM, Wiley, PNAS, Science, ACS, Taylor & Francis, SAGE): the article
 * at `/doi/{doi}` and its views at `/doi/{view}/{doi}`. Other `/doi/` views (`suppl`,
 * `ref`, `citedby`, `figure`) are pages about the article, not the article.
 */
const ARTICLE_VIEWS = new Set([
  'abs',
  'abstract',
  'full',
  'fulltext',
  'pdf',
  'epdf',
  'pdfdirect',
  'pdfplus',
  'epub',
  'reader',
]);

function atyponDoi(_url: URL, segments: string[]): string | undefined {
  if (segments[0] !== 'doi') return undefined;
  const view = segments[1]?.toLowerCase() ?? '';
  if (view.startsWith('10.')) return segments.slice(1).join('/');
  return ARTICLE_VIEWS.has(view) ? segments.slice(2).join('/') : undefined;
}

/**
 * Springer Link: `/article/{doi}`, `/chapter/{doi}` and the PDF `/content/pdf/{doi}.pdf`
 * (https://link.springer.com/content/pdf/10.1007/s11263-015-0816-y.pdf).
 */
function springerDoi(_url: URL, segments: string[]): string | undefined {
  const [first, second] = segments;
  if (first === 'article' || first === 'chapter') return segments.slice(1).join('/');
  if (first === 'content' && second === 'pdf') {
    return segments
      .slice(2)
      .join('/')
      .replace(/\.pdf$/i, '');
  }
  return undefined;
}

/**
 * PLOS: `/{journal}/article?id={doi}` and its printable PDF
 * `/{journal}/article/file?id={doi}&type=printable`. Figures (`article/figure?id=…g001`)
 * have DOIs of their own and are not the article.
 */
function plosDoi(url: URL, segments: string[]): string | undefined {
  const path = segments.slice(1).join('/');
  return path === 'article' || path === 'article/file'
    ? (url.searchParams.get('id') ?? undefined)
    : undefined;
}

/**
 * Nature Portfolio: `/articles/{id}` and `/articles/{id}.pdf`, where the id is the DOI's
 * suffix under Nature's prefix (`s41586-020-2649-2` → `10.1038/s41586-020-2649-2`,
 * `nature14539` → `10.1038/nature14539`).
 */
function natureDoi(_url: URL, segments: string[]): string | undefined {
  if (segments.length !== 2 || segments[0] !== 'articles') return undefined;
  const id = (segments[1] ?? '').replace(/\.pdf$/i, '');
  return /^[a-z0-9][a-z0-9.-]*$/i.test(id) ? `10.1038/${id}` : undefined;
}

export const PUBLISHER_RULES: PublisherRule[] = [
  {
    hosts: [
      'dl.acm.org',
      'onlinelibrary.wiley.com',
      'pnas.org',
      'science.org',
      'pubs.acs.org',
      'tandfonline.com',
      'journals.sagepub.com',
    ],
    doi: atyponDoi,
  },
  { hosts: ['link.springer.com'], doi: springerDoi },
  { hosts: ['journals.plos.org'], doi: plosDoi },
  { hosts: ['nature.com'], doi: natureDoi },
];

function onHost(hostname: string, hosts: string[]): boolean {
  return hosts.some((host) => hostname === host || hostname.endsWith(`.${host}`));
}

/** The DOI a publisher URL names (as written: not yet lower-cased), or undefined. */
export function publisherDoi(url: URL, segments: string[]): string | undefined {
  for (const rule of PUBLISHER_RULES) {
    if (!onHost(url.hostname, rule.hosts)) continue;
    const doi = rule.doi(url, segments)?.trim();
    return doi && DOI.test(doi) ? doi : undefined;
  }
  return undefined;
}

export const publisherUrls: UrlRule = {
  site: 'publishers',
  // The Crossref API completes what a DOI's PDF tab cannot say (./crossref.ts).
  hostPermissions: ['https://api.crossref.org/*'],
  identify(url, segments): Identity | null {
    const doi = publisherDoi(url, segments);
    return doi ? doiIdentity(doi) : null;
  },
};

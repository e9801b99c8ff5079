/**
 * Any page: Highwire/Google Scholar `citation_*` tags, Open Graph, `<title>` and the
 * canonical link. A page that names an arXiv paper (`citation_arxiv_id`, or an arXiv DOI)
 * becomes that paper's record, whatever site it is on (mirrors, journals, blogs).
 */
import type { Extractor } from '../../extractors/types';
import { identify, identityRecords } from '../../identity';
import type { Capture } from '../../types';
import { withoutUndefined } from '../../util/defined';
import { arxivAbsUrl, arxivIdFromDoi, parseArxivId } from '../arxiv/url';
import { bareDoi, cleanText, isoDate, metaContent, metaContents, personName } from './meta';

/** The page's canonical URL (`<link rel=canonical>`, then `og:url`), resolved against the page. */
function canonicalUrl(doc: Document, url: URL): string {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    metaContent(doc, 'og:url'),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const resolved = new URL(candidate, url);
      if (resolved.protocol === 'http:' || resolved.protocol === 'https:') return resolved.href;
    } catch {
      // A broken canonical link is ignored: the page's own URL stands in.
    }
  }
  return url.href;
}

function arxivPaperFromMeta(doc: Document, arxivText: string): Capture | null {
  const parsed = parseArxivId(arxivText);
  if (!parsed) return null;
  const title = metaContent(doc, 'citation_title', 'og:title', 'dc.title') ?? cleanText(doc.title);
  const authors = metaContents(doc, 'citation_author').map(personName);
  const abstract = metaContent(doc, 'citation_abstract', 'og:description', 'description');
  const published = isoDate(metaContent(doc, 'citation_date', 'citation_publication_date'));
  const doi = bareDoi(metaContent(doc, 'citation_doi'));
  const capture: Capture = {
    key: `arxiv:${parsed.id}`,
    kind: 'paper',
    url: arxivAbsUrl(parsed.id),
    title,
    pageTitle: cleanText(doc.title) || undefined,
    arxiv: {
      id: parsed.id,
      version: parsed.version,
      published,
      pdfUrl: metaContent(doc, 'citation_pdf_url'),
      doi: doi && !arxivIdFromDoi(doi) ? doi : undefined,
    },
  };
  if (authors.length > 0) capture.authors = authors;
  if (abstract) capture.abstract = abstract;
  const missing = [
    title ? '' : 'title',
    authors.length ? '' : 'authors',
    abstract ? '' : 'abstract',
    published ? '' : 'date',
    // Subjects are arXiv's own; other sites do not say (the arXiv API fills it).
    'subject',
  ].filter(Boolean);
  if (missing.length > 0) capture.missing = missing;
  return withoutUndefined(capture);
}

export const generic: Extractor = {
  name: 'generic',
  matches: (url) => url.protocol === 'http:' || url.protocol === 'https:',
  extract(doc, url) {
    const arxivId =
      metaContent(doc, 'citation_arxiv_id') ??
      arxivIdFromDoi(bareDoi(metaContent(doc, 'citation_doi')));
    if (arxivId) {
      const paper = arxivPaperFromMeta(doc, arxivId);
      if (paper) return paper;
    }
    const canonical = canonicalUrl(doc, url);
    const identity = identify(canonical) ?? identify(url.href);
    if (!identity) return null;
    const title =
      metaContent(doc, 'citation_title', 'og:title', 'twitter:title', 'dc.title') ??
      cleanText(doc.title);
    const authors = metaContents(doc, 'citation_author').map(personName);
    const description = metaContent(doc, 'og:description', 'description', 'twitter:description');
    const capture: Capture = {
      key: identity.key,
      // The identity decides the kind: a canonical link to a paper or repo makes this a
      // stub of that work (its site extractor declined the page), anything else is a page.
      kind: identity.kind,
      url: identity.url,
      title: title || identity.url,
      pageTitle: cleanText(doc.title) || undefined,
      description,
      abstract: metaContent(doc, 'citation_abstract'),
      ...identityRecords(identity),
      contextKey: identity.contextKey,
    };
    if (authors.length > 0) capture.authors = authors;
    if (!title) capture.missing = ['title'];
    return withoutUndefined(capture);
  },
};

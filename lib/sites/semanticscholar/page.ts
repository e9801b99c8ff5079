/**
 * Semantic Scholar paper pages: the record is the work the page names, so saving it files
 * into (merges with) that paper's arXiv or DOI record: the arXiv id from `citation_arxiv_id`,
 * an arXiv `citation_pdf_url` or the paper's own arXiv link, else the DOI from `citation_doi`
 * or the page's DOI link. Only the paper's header links count, never its references. Title,
 * authors, abstract and date come from the `citation_*` tags and the description.
 */
import type { Extractor } from '../../extractors/types';
import { identityRecords } from '../../identity';
import type { Identity } from '../types';
import { arxivIdentity, arxivIdFromDoi } from '../arxiv/url';
import { bareDoi, cleanText, metaContent } from '../generic/meta';
import { paperCapture, readCitationMeta } from '../scholarly/citation';
import { plainText } from '../scholarly/text';
import { S2_PAGE_HOSTS, s2PageIdentity, s2PaperId } from './url';

// The paper's own links in the page header (S2 marks them with data-test-id).
const OWN_LINKS = '[data-test-id="paper-link"], [data-test-id="paper-doi"] a, .doi__link a';
const ARXIV_LINK = /^https?:\/\/(?:www\.)?arxiv\.org\/(?:abs|pdf)\/(.+?)(?:\.pdf)?$/i;

function arxivFromLinks(doc: Document, pdfUrl: string | undefined): Identity | null {
  const meta = metaContent(doc, 'citation_arxiv_id');
  if (meta) return arxivIdentity(meta);
  const hrefs = [
    pdfUrl,
    ...[...doc.querySelectorAll(OWN_LINKS)].map((a) => a.getAttribute('href')),
  ];
  for (const href of hrefs) {
    const id = ARXIV_LINK.exec(href?.trim() ?? '')?.[1];
    const identity = id ? arxivIdentity(id) : null;
    if (identity) return identity;
  }
  return null;
}

function doiFromPage(doc: Document, metaDoi: string | undefined): string | undefined {
  if (metaDoi) return metaDoi;
  for (const link of doc.querySelectorAll(OWN_LINKS)) {
    const href = link.getAttribute('href') ?? '';
    if (/^https?:\/\/(dx\.)?doi\.org\//i.test(href)) return bareDoi(href)?.toLowerCase();
  }
  return undefined;
}

export const semanticScholarPage: Extractor = {
  name: 'semanticscholar',
  matches: (url) => S2_PAGE_HOSTS.has(url.hostname),
  extract(doc, url) {
    const id = s2PaperId(url.pathname.split('/').filter(Boolean));
    if (!id) return null;
    const meta = readCitationMeta(doc);
    if (!meta.title) return null;
    const doi = doiFromPage(doc, meta.doi);
    const arxivDoiId = arxivIdFromDoi(doi);
    const arxiv =
      arxivFromLinks(doc, meta.pdfUrl) ?? (arxivDoiId ? arxivIdentity(arxivDoiId) : null);
    // arXiv first (its id keys arXiv papers everywhere), then the DOI, else S2's own page.
    const identity: Identity =
      arxiv ??
      (doi
        ? { key: `doi:${doi}`, kind: 'paper', url: `https://doi.org/${doi}` }
        : s2PageIdentity(id));
    // Without an abstract S2 describes the page ("Semantic Scholar extracted view of …").
    const description = plainText(metaContent(doc, 'description', 'og:description'));
    const abstract =
      meta.abstract ?? (/^semantic scholar extracted view\b/i.test(description) ? '' : description);
    return paperCapture(identity, {
      title: meta.title,
      pageTitle: cleanText(doc.title) || undefined,
      authors: meta.authors,
      abstract: abstract || undefined,
      published: meta.published,
      ...identityRecords(identity),
      // The arXiv DataCite DOI is the arXiv id again, not a publisher's.
      doi: doi?.startsWith('10.48550/') ? undefined : doi,
      venue: meta.venue,
    });
  },
};

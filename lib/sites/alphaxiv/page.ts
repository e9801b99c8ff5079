/**
 * alphaXiv pages (`alphaxiv.org/abs/{id}`, `/overview/{id}`): a discussion site over arXiv
 * papers, so the record is the arXiv paper's (the URL rule lives in ../arxiv/url.ts). The
 * page is an app whose title carries a ` | alphaXiv` suffix and whose description is the
 * site's ("View N comments…"); the title is the paper's once the suffix is gone, and the
 * arXiv API fills authors, abstract, date and subject after the save.
 */
import type { Extractor } from '../../extractors/types';
import { identify, identityRecords } from '../../identity';
import type { Capture } from '../../types';
import { withPaperMissing } from '../arxiv/text';
import { cleanText, metaContent } from '../generic/meta';
import { readCitationMeta } from '../scholarly/citation';

export const ALPHAXIV_PAGE_HOSTS = new Set(['alphaxiv.org', 'www.alphaxiv.org']);

function paperTitle(doc: Document): string {
  const candidates = [
    metaContent(doc, 'citation_title'),
    cleanText(doc.querySelector('h1')?.textContent),
    metaContent(doc, 'og:title'),
    cleanText(doc.title),
  ];
  for (const candidate of candidates) {
    const title = (candidate ?? '').replace(/\s*[|–—-]\s*alphaXiv\s*$/i, '').trim();
    if (title && !/^alphaxiv$/i.test(title)) return title;
  }
  return '';
}

export const alphaxivPage: Extractor = {
  name: 'alphaxiv',
  matches: (url) => ALPHAXIV_PAGE_HOSTS.has(url.hostname),
  extract(doc, url) {
    const identity = identify(url.href);
    if (!identity?.arxiv) return null;
    const meta = readCitationMeta(doc);
    const capture: Capture = {
      key: identity.key,
      kind: 'paper',
      url: identity.url,
      title: paperTitle(doc),
      ...identityRecords(identity),
    };
    const pageTitle = cleanText(doc.title);
    if (pageTitle) capture.pageTitle = pageTitle;
    if (meta.authors.length > 0) capture.authors = meta.authors;
    if (meta.abstract) capture.abstract = meta.abstract;
    return withPaperMissing(capture);
  },
};

/**
 * The last resort of the arXiv content scripts, standing in for `generic` there: an arXiv
 * page the site extractors declined (an error page, a redesign) still gives the paper its
 * URL names, or the page itself. `generic` would pull the whole identity table (GitHub and
 * Hugging Face rules) into every arXiv page and break the 15 KB content-script budget;
 * the popup's injected capture script and the CLI keep using `generic`.
 */
import { normalizeUrl } from '../generic/url';
import type { Capture } from '../../types';
import { arxivAbsUrl, arxivIdFromPath } from './url';
import { cleanText, metaContent } from '../generic/meta';
import type { Extractor } from '../../extractors/types';

export const arxivFallback: Extractor = {
  name: 'arxiv-fallback',
  matches: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  extract(doc, url) {
    const title = metaContent(doc, 'citation_title', 'og:title') ?? cleanText(doc.title);
    const pageTitle = cleanText(doc.title) || undefined;
    const paper = arxivIdFromPath(url.pathname);
    if (!paper) {
      const page = normalizeUrl(url);
      const capture: Capture = {
        key: `url:${page}`,
        kind: 'page',
        url: page,
        title: title || page,
      };
      if (pageTitle) capture.pageTitle = pageTitle;
      if (!title) capture.missing = ['title'];
      return capture;
    }
    const capture: Capture = {
      key: `arxiv:${paper.id}`,
      kind: 'paper',
      url: arxivAbsUrl(paper.id),
      title: title.replace(/^\[[^\]]+\]\s*/, ''),
      arxiv: { ...paper },
      missing: ['authors', 'abstract', 'date', 'subject'],
    };
    if (!capture.title) capture.missing?.unshift('title');
    if (pageTitle) capture.pageTitle = pageTitle;
    return capture;
  },
};

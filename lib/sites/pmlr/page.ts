/**
 * PMLR paper pages: `citation_*` tags (title, "Last, First" authors, proceedings title,
 * date, pages, PDF) and the abstract block (`#abstract`). The venue is the series people
 * cite (ICML, AISTATS, …) with PMLR's volume.
 */
import type { Extractor } from '../../extractors/types';
import { cleanText } from '../generic/meta';
import { paperCapture, readCitationMeta } from '../scholarly/citation';
import { plainText } from '../scholarly/text';
import { PMLR_HOSTS, pmlrIdentity, pmlrPaperFromSegments } from './url';
import { pmlrVenueName } from './venue';

export const pmlrPage: Extractor = {
  name: 'pmlr',
  matches: (url) => PMLR_HOSTS.has(url.hostname),
  extract(doc, url) {
    const paper = pmlrPaperFromSegments(url.pathname.split('/').filter(Boolean));
    if (!paper) return null;
    const identity = pmlrIdentity(paper);
    const meta = readCitationMeta(doc);
    if (!meta.title) {
      // A PDF tab, or a page PMLR redesigned: the record, with what it lacks said.
      return /\.pdf$/i.test(url.pathname) ? paperCapture(identity, {}) : null;
    }
    const abstract = plainText(doc.querySelector('#abstract, .abstract')?.textContent);
    const venue = meta.venue
      ? {
          ...meta.venue,
          name: pmlrVenueName(meta.venue.name),
          volume: meta.venue.volume ?? paper.volume,
          publisher: meta.venue.publisher ?? 'PMLR',
        }
      : undefined;
    return paperCapture(identity, {
      title: meta.title,
      pageTitle: cleanText(doc.title) || undefined,
      authors: meta.authors,
      abstract: abstract || meta.abstract,
      published: meta.published,
      venue,
    });
  },
};

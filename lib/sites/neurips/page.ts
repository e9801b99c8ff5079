/**
 * NeurIPS proceedings abstract pages: `citation_*` tags (title, authors, volume, pages,
 * PDF), the abstract under its `<h4>Abstract</h4>` heading, the year from the URL. The venue
 * is NeurIPS (its Datasets and Benchmarks track named as such).
 */
import type { Extractor } from '../../extractors/types';
import type { VenueFields } from '../../types';
import { cleanText } from '../generic/meta';
import { paperCapture, readCitationMeta } from '../scholarly/citation';
import { plainText } from '../scholarly/text';
import {
  NEURIPS_HOSTS,
  neuripsIdentity,
  neuripsLegacyIdentity,
  neuripsPaperFromSegments,
  neuripsVenueName,
} from './url';

/** The text of the block after the page's "Abstract" heading. */
function abstractText(doc: Document): string {
  for (const heading of doc.querySelectorAll('h4, h3, h2')) {
    if (cleanText(heading.textContent).toLowerCase() !== 'abstract') continue;
    let node = heading.nextElementSibling;
    while (node && !/^H\d$/i.test(node.tagName)) {
      const text = plainText(node.textContent);
      if (text) return text;
      node = node.nextElementSibling;
    }
  }
  return '';
}

export const neuripsPage: Extractor = {
  name: 'neurips',
  matches: (url) => NEURIPS_HOSTS.has(url.hostname),
  extract(doc, url) {
    const segments = url.pathname.split('/').filter(Boolean);
    const paper = neuripsPaperFromSegments(segments);
    const identity = paper ? neuripsIdentity(paper) : neuripsLegacyIdentity(segments);
    if (!identity) return null;
    const meta = readCitationMeta(doc);
    if (!meta.title) return /\.pdf$/i.test(url.pathname) ? paperCapture(identity, {}) : null;
    // Old pages (no year in the URL) name it in citation_publication_date.
    const year = Number(paper?.year ?? meta.published?.slice(0, 4)) || undefined;
    const venue: VenueFields = {
      ...meta.venue,
      name: neuripsVenueName(paper?.track ?? ''),
      type: 'conference',
      ...(year ? { year } : {}),
      source: 'page',
    };
    return paperCapture(identity, {
      title: meta.title,
      pageTitle: cleanText(doc.title) || undefined,
      authors: meta.authors,
      abstract: abstractText(doc) || meta.abstract,
      published: meta.published ?? paper?.year,
      venue,
    });
  },
};

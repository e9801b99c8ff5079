/**
 * bioRxiv and medRxiv preprint pages (HighWire): `citation_*` tags (title, authors, date,
 * DOI, an abstract that holds HTML such as `<h3>Abstract</h3><p>…`), the version from the
 * URL, and, once the preprint is published, the journal and its DOI from the "Now published
 * in" notice. The server itself is not a venue.
 */
import type { Extractor } from '../../extractors/types';
import type { VenueFields } from '../../types';
import { bareDoi, cleanText, metaContent, partialDate } from '../generic/meta';
import { paperCapture, readCitationMeta } from '../scholarly/citation';
import { plainText } from '../scholarly/text';
import { RXIV_HOSTS, rxivIdentity, rxivPaperFromSegments } from './url';

/** "Now published in *Nature Methods* doi: 10.1038/…": the journal and its DOI. */
function publishedVersion(doc: Document): { venue?: VenueFields; doi?: string } {
  const notice = doc.querySelector('.pub_jnl');
  if (!notice) return {};
  const journal = cleanText(notice.querySelector('i, em')?.textContent);
  const link = notice.querySelector('a[href*="doi.org/"]')?.getAttribute('href');
  const doi = bareDoi(link ?? notice.textContent)?.toLowerCase();
  return {
    ...(journal ? { venue: { name: journal, type: 'journal', source: 'page' } } : {}),
    ...(doi ? { doi } : {}),
  };
}

export const biorxivPage: Extractor = {
  name: 'biorxiv',
  matches: (url) => RXIV_HOSTS.has(url.hostname),
  extract(doc, url) {
    const paper = rxivPaperFromSegments(url.pathname.split('/').filter(Boolean));
    if (!paper) return null;
    const identity = rxivIdentity(url.hostname, paper);
    const meta = readCitationMeta(doc);
    if (!meta.title) {
      return /\.pdf$/i.test(url.pathname)
        ? paperCapture(identity, { doi: paper.doi, version: paper.version })
        : null;
    }
    const published = publishedVersion(doc);
    const abstract =
      meta.abstract?.replace(/^abstract\s*/i, '') ||
      plainText(doc.querySelector('#abstract-1, .abstract')?.textContent).replace(
        /^abstract\s*/i,
        '',
      );
    return paperCapture(identity, {
      title: meta.title,
      pageTitle: cleanText(doc.title) || undefined,
      authors: meta.authors,
      abstract: abstract || undefined,
      // HighWire's citation_publication_date is only the year's first day ("2020/01/01");
      // citation_date and DC.Date hold the day the version was posted.
      published: partialDate(metaContent(doc, 'citation_date', 'DC.Date')) ?? meta.published,
      doi: published.doi ?? paper.doi,
      venue: published.venue,
      version: paper.version,
    });
  },
};

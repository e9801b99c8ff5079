/**
 * ACL Anthology paper pages: the `citation_*` tags (title, "Last, First" authors,
 * proceedings title, pages, DOI, PDF), the abstract card, and the details list (`Venue:`
 * gives the short name people cite, `Year:` the year).
 */
import type { Extractor } from '../../extractors/types';
import type { VenueFields } from '../../types';
import { cleanText } from '../generic/meta';
import { paperCapture, readCitationMeta } from '../scholarly/citation';
import { plainText } from '../scholarly/text';
import { ACL_HOSTS, aclDoi, aclIdFromSegments, aclIdentity } from './url';

/** The page's `<dl>` details as label → text (`Venue` → `ACL`). */
function details(doc: Document): Map<string, string> {
  const found = new Map<string, string>();
  for (const dt of doc.querySelectorAll('dl dt')) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName.toLowerCase() !== 'dd') continue;
    const label = cleanText(dt.textContent).replace(/:$/, '');
    if (label && !found.has(label)) found.set(label, cleanText(dd.textContent));
  }
  return found;
}

function venueType(proceedings: string | undefined, journal: boolean): VenueFields['type'] {
  if (journal) return 'journal';
  return /workshop/i.test(proceedings ?? '') ? 'workshop' : 'conference';
}

/**
 * The Anthology's venue for every Findings volume is just "Findings"; people cite the
 * conference it belongs to: "Findings of EMNLP", from the volume title ("Findings of the
 * Association for Computational Linguistics: EMNLP 2023") or the id (`2023.findings-emnlp.123`).
 */
function findingsOf(name: string | undefined, volume: string | undefined, id: string) {
  if (name?.toLowerCase() !== 'findings') return name;
  const conference =
    /^Findings of the Association for Computational Linguistics:\s*(\S+)/i.exec(
      volume ?? '',
    )?.[1] ?? /^\d{4}\.findings-([a-z]+)\./.exec(id)?.[1]?.toUpperCase();
  return conference ? `Findings of ${conference}` : name;
}

export const aclPage: Extractor = {
  name: 'acl-anthology',
  matches: (url) => ACL_HOSTS.has(url.hostname),
  extract(doc, url) {
    const id = aclIdFromSegments(url.pathname.split('/').filter(Boolean));
    if (!id) return null;
    const meta = readCitationMeta(doc);
    const info = details(doc);
    // The marker: an Anthology paper page names its id in the details or the tags. A PDF
    // has neither: its record is the paper's, with what it lacks said.
    if (!meta.title && info.get('Anthology ID') !== id) {
      return /\.pdf$/i.test(url.pathname)
        ? paperCapture(aclIdentity(id), { doi: aclDoi(id) })
        : null;
    }
    const abstract = plainText(
      doc.querySelector('.acl-abstract span, .acl-abstract p')?.textContent,
    );
    const journal = Boolean(doc.querySelector('meta[name="citation_journal_title"]'));
    const shortName = findingsOf(info.get('Venue')?.split(/\s*\|\s*/)[0], meta.venue?.name, id);
    const year = Number(info.get('Year')) || meta.venue?.year;
    let venue = meta.venue;
    if (shortName || venue) {
      venue = {
        ...venue,
        name: shortName || venue?.name || '',
        type: venueType(venue?.name, journal),
        ...(year ? { year } : {}),
        source: 'page',
      };
      const publisher = info.get('Publisher');
      if (!venue.publisher && publisher) venue.publisher = publisher;
      const pages = info.get('Pages');
      if (!venue.pages && pages) venue.pages = pages.replace(/[–—]/g, '-');
    }
    const doi = meta.doi ?? (info.get('DOI') ? info.get('DOI')?.toLowerCase() : aclDoi(id));
    return paperCapture(aclIdentity(id), {
      title: meta.title,
      pageTitle: cleanText(doc.title) || undefined,
      authors: meta.authors,
      abstract: abstract || meta.abstract,
      published: meta.published,
      doi,
      venue,
    });
  },
};

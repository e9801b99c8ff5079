/**
 * Highwire `citation_*` tags (what Google Scholar asks publishers for,
 * https://scholar.google.com/intl/en/scholar/inclusion.html#indexing): the most specific
 * metadata a page has, read first.
 */
import type { VenueFields } from '../../types';
import { withoutUndefined } from '../../util/defined';
import { bareDoi, metaContent, metaContents, partialDate, personName, plainAbstract } from './meta';
import { compactMeta, type PageMeta, pageRange, venueType } from './page-meta';

export function citationMeta(doc: Document): PageMeta {
  const title = metaContent(doc, 'citation_title');
  const authors = metaContents(doc, 'citation_author');
  // Some publishers put every author in one `citation_authors`, separated by semicolons.
  const joined = metaContent(doc, 'citation_authors')?.split(';') ?? [];
  const venue = citationVenue(doc);
  return compactMeta({
    title,
    authors: (authors.length > 0 ? authors : joined).map(personName).filter(Boolean),
    abstract: plainAbstract(doc, metaContent(doc, 'citation_abstract')),
    doi: bareDoi(metaContent(doc, 'citation_doi'))?.toLowerCase(),
    published: partialDate(
      metaContent(doc, 'citation_publication_date', 'citation_date', 'citation_cover_date') ??
        metaContent(doc, 'citation_online_date'),
    ),
    venue,
    arxivId: metaContent(doc, 'citation_arxiv_id'),
    pdfUrl: metaContent(doc, 'citation_pdf_url'),
    scholarly: Boolean(title),
    siteNames: [metaContent(doc, 'citation_publisher'), venue?.name].filter(
      (name): name is string => Boolean(name),
    ),
  });
}

function citationVenue(doc: Document): VenueFields | undefined {
  const journal = metaContent(doc, 'citation_journal_title');
  const conference = metaContent(doc, 'citation_conference_title');
  const book = metaContent(doc, 'citation_inbook_title', 'citation_book_title');
  const name = journal ?? conference ?? book;
  if (!name) return undefined;
  const year = partialDate(metaContent(doc, 'citation_publication_date', 'citation_date'));
  return withoutUndefined({
    name,
    type: conference
      ? venueType(name, 'conference')
      : venueType(name, journal ? 'journal' : 'other'),
    year: year ? Number(year.slice(0, 4)) : undefined,
    volume: metaContent(doc, 'citation_volume'),
    issue: metaContent(doc, 'citation_issue'),
    pages: pageRange(metaContent(doc, 'citation_firstpage'), metaContent(doc, 'citation_lastpage')),
    publisher: metaContent(doc, 'citation_publisher'),
    source: 'page',
  });
}

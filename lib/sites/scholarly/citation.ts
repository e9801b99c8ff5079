/**
 * The Highwire `citation_*` tags (what Google Scholar asks publishers for), read into a paper
 * record: what the proceedings and preprint sites (OpenReview, ACL Anthology, PMLR, NeurIPS,
 * bioRxiv, Semantic Scholar) share. Each site's extractor adds what only its page says.
 */
import type { Capture, VenueFields } from '../../types';
import { withoutUndefined } from '../../util/defined';
import {
  bareDoi,
  cleanText,
  isoDate,
  metaContent,
  metaContents,
  personName,
} from '../generic/meta';
import { plainText } from './text';

export interface CitationMeta {
  title?: string;
  authors: string[];
  abstract?: string;
  /** ISO date, as precise as the page says (`2023`, `2023-05`, `2023-05-17`). */
  published?: string;
  doi?: string;
  pdfUrl?: string;
  venue?: VenueFields;
  keywords: string[];
}

/** A date as precise as given: `2023/05/17` → `2023-05-17`, `2023/05` → `2023-05`, `2023` stays. */
export function partialDate(text: string | undefined): string | undefined {
  const value = cleanText(text);
  if (!value) return undefined;
  if (/^\d{4}[/-]\d{1,2}[/-]\d{1,2}/.test(value)) return isoDate(value);
  const yearMonth = /^(\d{4})[/-](\d{1,2})$/.exec(value);
  if (yearMonth) return `${yearMonth[1]}-${yearMonth[2]?.padStart(2, '0')}`;
  return isoDate(value) ?? /\b((?:19|20)\d{2})\b/.exec(value)?.[1];
}

export function readCitationMeta(doc: Document): CitationMeta {
  const venueName = metaContent(
    doc,
    'citation_conference_title',
    'citation_journal_title',
    'citation_inbook_title',
  );
  const published = partialDate(
    metaContent(doc, 'citation_publication_date', 'citation_date', 'citation_online_date'),
  );
  const first = metaContent(doc, 'citation_firstpage');
  const last = metaContent(doc, 'citation_lastpage');
  const venue: VenueFields | undefined = venueName
    ? withoutUndefined({
        name: venueName,
        type: metaContent(doc, 'citation_journal_title') ? 'journal' : 'conference',
        year: published ? Number(published.slice(0, 4)) : undefined,
        volume: metaContent(doc, 'citation_volume'),
        issue: metaContent(doc, 'citation_issue'),
        pages: first ? (last && last !== first ? `${first}-${last}` : first) : undefined,
        publisher: metaContent(doc, 'citation_publisher'),
        source: 'page',
      } satisfies VenueFields)
    : undefined;
  const abstract = plainText(metaContent(doc, 'citation_abstract'));
  const doi = bareDoi(metaContent(doc, 'citation_doi'))?.toLowerCase();
  const keywords = metaContents(doc, 'citation_keywords')
    .flatMap((value) => value.split(/\s*[;,]\s*/))
    .map(cleanText)
    .filter(Boolean);
  return withoutUndefined({
    title: plainText(metaContent(doc, 'citation_title')) || undefined,
    authors: metaContents(doc, 'citation_author').map(personName).filter(Boolean),
    abstract: abstract || undefined,
    published,
    doi,
    pdfUrl: metaContent(doc, 'citation_pdf_url'),
    venue,
    keywords: [...new Set(keywords)],
  });
}

/** What a paper record of these sites still lacks, in the popup's words. */
export function scholarlyMissing(capture: Capture): string[] {
  const missing: string[] = [];
  if (!capture.title) missing.push('title');
  if (!capture.authors?.length) missing.push('authors');
  if (!capture.abstract) missing.push('abstract');
  if (!capture.published) missing.push('date');
  return missing;
}

/** A paper capture from its identity and what the page said; `missing` set, no empty fields. */
export function paperCapture(
  identity: { key: string; url: string },
  fields: Omit<Partial<Capture>, 'key' | 'url' | 'kind'>,
): Capture {
  const capture = withoutUndefined({
    key: identity.key,
    kind: 'paper',
    url: identity.url,
    ...fields,
    title: fields.title ?? '',
  } as Capture);
  if (!capture.authors?.length) delete capture.authors;
  const missing = scholarlyMissing(capture);
  if (missing.length > 0) capture.missing = missing;
  else delete capture.missing;
  return capture;
}

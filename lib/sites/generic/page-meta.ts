/**
 * What one kind of metadata on a page says about the work it shows. The generic
 * extractor reads several kinds (citation_* tags, JSON-LD, Dublin Core/PRISM, the visible
 * byline) and combines them, most specific first.
 */
import type { VenueFields } from '../../types';

export interface PageMeta {
  title?: string;
  /** "First Last", in reading order. */
  authors?: string[];
  abstract?: string;
  description?: string;
  /** Lower-case, without resolver (`10.1371/journal.pone.0213978`). */
  doi?: string;
  /** `2019`, `2019-03` or `2019-03-21`. */
  published?: string;
  venue?: VenueFields;
  arxivId?: string;
  pdfUrl?: string;
  /** The metadata describes a scholarly work (an article with a journal, a DOI, …). */
  scholarly?: boolean;
  /** Names of the site/publisher, for telling site suffixes from titles. */
  siteNames?: string[];
}

export interface MetaLayer {
  /** For notes: `citation_* tags`, `JSON-LD`, `Dublin Core/PRISM`, `the page text`. */
  source: string;
  meta: PageMeta;
}

/** Drops empty strings and empty lists so "first layer with a value wins" is simple. */
export function compactMeta(meta: PageMeta): PageMeta {
  const out: PageMeta = {};
  for (const [name, value] of Object.entries(meta) as [keyof PageMeta, unknown][]) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
      continue;
    Object.assign(out, { [name]: value });
  }
  return out;
}

/** A venue's kind from its name when the name says it ("Proceedings of …", "… Workshop …"). */
export function venueType(
  name: string,
  otherwise: NonNullable<VenueFields['type']>,
): NonNullable<VenueFields['type']> {
  if (/\bworkshop\b/i.test(name)) return 'workshop';
  if (/\b(?:proceedings|conference|symposium)\b/i.test(name)) return 'conference';
  return otherwise;
}

/** `301–315` from a first and last page; the first page alone when there is no last. */
export function pageRange(first?: string, last?: string): string | undefined {
  if (!first) return undefined;
  return last && last !== first ? `${first}–${last}` : first;
}

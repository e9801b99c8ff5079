/**
 * `.bib` entries as captures, one record per work by the identity rules: an arXiv `eprint`
 * becomes the arXiv record, a DOI the DOI record, a URL whatever that URL identifies (a
 * page, a repo, a model). An entry with none of them cannot be filed and stops the import.
 */
import { arxivAbsUrl, identify, parseArxivId } from '../identity';
import type { Capture, VenueFields } from '../types';
import { BibtexReadError, type ReadEntry, readBibtex } from './read';

export interface ImportedEntry {
  capture: Capture;
  /** The entry's own key, kept as the item's cite key when no other item holds it. */
  citeKey: string;
  line: number;
}

/** Entry types that are papers (BibTeX's and biblatex's). */
const PAPER_TYPES = new Set([
  'article',
  'inproceedings',
  'conference',
  'proceedings',
  'incollection',
  'phdthesis',
  'mastersthesis',
  'thesis',
  'techreport',
  'report',
  'unpublished',
]);

/**
 * Most `.bib` files hold entries with no link at all (Google Scholar's): each still becomes
 * one record, keyed and linked by a search for its exact title that leads a reader to it.
 */
function searchUrl(title: string): string {
  return `https://www.semanticscholar.org/search?q=${encodeURIComponent(title)}`;
}

const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;

function cleanDoi(value: string | undefined): string | undefined {
  const doi = value
    ?.trim()
    .replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)/i, '')
    .toLowerCase();
  return doi && /^10\.\d{4,9}\/\S+$/.test(doi) ? doi : undefined;
}

function arxivIdOf(entry: ReadEntry, doi: string | undefined): string | undefined {
  const { fields } = entry;
  const prefix = (fields.archiveprefix ?? fields.eprinttype ?? '').toLowerCase();
  const candidates = [
    prefix === 'arxiv' || !prefix ? fields.eprint : undefined,
    fields.arxivid,
    doi ? ARXIV_DOI.exec(doi)?.[1] : undefined,
  ];
  for (const candidate of candidates) {
    const parsed = candidate ? parseArxivId(candidate.replace(/^arxiv:/i, '')) : null;
    if (parsed) return parsed.id;
  }
  const fromUrl = fields.url ? identify(fields.url)?.arxiv : undefined;
  return fromUrl?.id;
}

function venueOf(entry: ReadEntry): VenueFields | undefined {
  const { fields } = entry;
  const journal = fields.journal ?? fields.journaltitle;
  const name = journal ?? fields.booktitle;
  if (!name) return undefined;
  const year = Number(/\d{4}/.exec(fields.year ?? fields.date ?? '')?.[0]);
  const venue: VenueFields = {
    name,
    type: journal ? 'journal' : /workshop/i.test(name) ? 'workshop' : 'conference',
    source: 'bibtex',
  };
  if (Number.isFinite(year)) venue.year = year;
  if (fields.volume) venue.volume = fields.volume;
  if (fields.number ?? fields.issue) venue.issue = fields.number ?? fields.issue;
  if (fields.pages) venue.pages = fields.pages.replace(/–|--/g, '-');
  if (fields.publisher) venue.publisher = fields.publisher;
  return venue;
}

function toCapture(entry: ReadEntry): Capture {
  const { fields } = entry;
  const doi = cleanDoi(fields.doi);
  const arxivId = arxivIdOf(entry, doi);
  const url =
    fields.url ??
    (/^https?:\/\//.test(fields.howpublished ?? '') ? fields.howpublished : undefined);
  const title = fields.title ?? '';
  let capture: Capture;
  if (arxivId) {
    capture = { key: `arxiv:${arxivId}`, kind: 'paper', url: arxivAbsUrl(arxivId), title };
    capture.arxiv = { id: arxivId };
    if (fields.primaryclass) capture.arxiv.primaryCategory = fields.primaryclass;
  } else if (doi) {
    capture = { key: `doi:${doi}`, kind: 'paper', url: `https://doi.org/${doi}`, title };
  } else {
    const identity = url ? identify(url) : title ? identify(searchUrl(title)) : null;
    if (!identity) {
      const where = entry.line ? ` (line ${entry.line})` : '';
      throw new BibtexReadError(
        `entry "${entry.key}"${where} has no eprint, DOI, URL or title: nothing to file it by`,
        entry.line,
        entry.key,
      );
    }
    const kind = !url && PAPER_TYPES.has(entry.type.toLowerCase()) ? 'paper' : identity.kind;
    capture = { key: identity.key, kind, url: identity.url, title };
    if (identity.repo) capture.repo = { ...identity.repo };
    if (identity.hub) capture.hub = { ...identity.hub };
    if (!url) {
      capture.notes = [
        'The .bib entry had no eprint, DOI or URL: the link is a Semantic Scholar search for its title.',
      ];
    }
  }
  if (!title) capture.missing = ['title'];
  if (entry.authors.length) capture.authors = entry.authors;
  if (doi && !ARXIV_DOI.test(doi)) capture.doi = doi;
  const year = /\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(fields.date ?? fields.year ?? '')?.[0];
  if (year) capture.published = year;
  const venue = venueOf(entry);
  if (venue) capture.venue = venue;
  if (fields.abstract) capture.abstract = fields.abstract;
  return capture;
}

/** Reads a whole `.bib` file; throws a BibtexReadError naming the first bad entry. */
export function importBibtex(text: string): ImportedEntry[] {
  const entries = readBibtex(text);
  if (entries.length === 0) throw new BibtexReadError('no BibTeX entry found', 0);
  return entries.map((entry) => ({
    capture: toCapture(entry),
    citeKey: entry.key,
    line: entry.line,
  }));
}

/**
 * A citable work (a paper, or the preferred citation of a repository's CITATION.cff) as
 * BibTeX: `@article` in a journal, `@inproceedings` at a conference or workshop, else
 * `@misc`; an arXiv preprint in arXiv's own `@misc` form, and a published arXiv paper
 * keeps its `eprint` so both versions stay findable.
 */
import type { VenueFields } from '../types';
import { type BibEntry, type Creator, Fields } from './entry';
import type { EscapeOptions } from './escape';

export interface Work {
  title: string;
  authors?: Creator[];
  year?: number;
  venue?: Pick<VenueFields, 'name' | 'type' | 'volume' | 'issue' | 'pages' | 'publisher'>;
  doi?: string;
  url?: string;
  arxiv?: { id: string; primaryClass?: string };
  /** `@misc` only: what `howpublished` says, when not a venue. */
  howpublished?: string;
  version?: string;
  note?: string;
}

export function arxivDoi(id: string): string {
  return `10.48550/arXiv.${id}`;
}

function entryType(venue: Work['venue']): 'article' | 'inproceedings' | 'misc' {
  if (!venue?.name) return 'misc';
  if (venue.type === 'journal') return 'article';
  if (venue.type === 'conference' || venue.type === 'workshop') return 'inproceedings';
  return 'misc';
}

export function workEntry(work: Work, key: string, options: EscapeOptions): BibEntry {
  const type = entryType(work.venue);
  const venue = work.venue;
  const fields = new Fields(options).title(work.title).creators('author', work.authors);
  if (type === 'article') fields.text('journal', venue?.name);
  if (type === 'inproceedings') fields.text('booktitle', venue?.name);
  if (type === 'misc') fields.text('howpublished', venue?.name ?? work.howpublished);
  fields.text('year', work.year);
  if (type !== 'misc') {
    fields.text('volume', venue?.volume);
    if (type === 'article') fields.text('number', venue?.issue);
    fields.pages(venue?.pages).text('publisher', venue?.publisher);
  }
  fields.text('version', work.version);
  if (work.arxiv) {
    fields
      .verbatim('eprint', work.arxiv.id)
      .raw('archivePrefix', 'arXiv')
      .text('primaryClass', work.arxiv.primaryClass);
  }
  // An arXiv preprint's DOI is arXiv's own (DataCite) one; a published version's wins.
  const preprintDoi = work.arxiv && type === 'misc' ? arxivDoi(work.arxiv.id) : undefined;
  fields.verbatim('doi', work.doi ?? preprintDoi);
  fields.verbatim('url', work.url).text('note', work.note);
  return { type, key, lines: fields.lines };
}

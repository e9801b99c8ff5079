/**
 * Venues as lists write them: `NeurIPS 2017`, `ICLR'24`, `NIPS' 15`, `CVPR, 2024`,
 * `2016-ICLR`, `arXiv 2023.05`, or a bare known name. The form is learned and filled with
 * the item's venue; an arXiv paper with no venue is written as on arXiv.
 */
import type { Capture } from '../../types';
import { type DateValue, itemDate, readDate, writeDate } from './dates';

/** Names that are venues on their own, without a year beside them. */
const KNOWN = new Set(
  [
    'arxiv',
    'neurips',
    'nips',
    'icml',
    'iclr',
    'cvpr',
    'iccv',
    'eccv',
    'acl',
    'emnlp',
    'naacl',
    'coling',
    'aaai',
    'ijcai',
    'kdd',
    'www',
    'sigir',
    'wsdm',
    'cikm',
    'icra',
    'iros',
    'corl',
    'rss',
    'tpami',
    'pami',
    'tog',
    'siggraph',
    'tmlr',
    'jmlr',
    'ijcv',
    'tip',
    'wacv',
    'bmvc',
    'miccai',
    'interspeech',
    'icassp',
    'nature',
    'science',
    'colm',
    'uai',
    'aistats',
    'icde',
    'vldb',
    'sigmod',
    'tkde',
    '3dv',
  ].map((name) => name.toLowerCase()),
);

/** Whether `name` is a venue on its own (`CVPR`, `arXiv`), wherever it stands. */
export function isKnownVenue(name: string): boolean {
  return KNOWN.has(name.toLowerCase());
}

export interface VenueForm {
  /** Template: `{name}` and a date form (`YYYY`, `YY`, `YYYY.MM`) or none. */
  template: string;
  date?: string;
}

export interface ReadVenue {
  form: VenueForm;
  name: string;
}

function looksLikeVenueName(name: string): boolean {
  if (KNOWN.has(name.toLowerCase())) return true;
  // Acronyms and short capitalised names: `ICASSP`, `SIAM J. Optim.`, `Pattern Recognition`.
  if (name.length > 80 || name.split(/\s+/).length > 8) return false;
  return /^[A-Z0-9][\w&.\- ]*$/.test(name) && /[A-Z].*[A-Z]|^[A-Z][a-z]+$/.test(name);
}

const NAME = '([A-Za-z][A-Za-z0-9&.\\- ]{0,78}?[A-Za-z.])';

/** The venue `text` is, whole, with its form; null otherwise. */
export function readVenue(text: string): ReadVenue | null {
  const trimmed = text.trim();
  if (trimmed !== text || trimmed === '') return null;
  let match = new RegExp(`^${NAME}(\\s*,\\s*|\\s*'\\s*|\\s+|-|)(\\d{2,4}(?:[./]\\d{1,2})?)$`).exec(
    text,
  );
  if (match) {
    const name = match[1] ?? '';
    const join = match[2] ?? '';
    const yearText = match[3] ?? '';
    const date =
      join.includes("'") && /^\d{2}$/.test(yearText) ? { form: 'YY' } : readDate(yearText);
    if (
      date &&
      looksLikeVenueName(name) &&
      (KNOWN.has(name.toLowerCase()) || /\d{2}/.test(yearText))
    )
      return { form: { template: `{name}${join}{date}`, date: date.form }, name };
  }
  match = new RegExp(`^((?:19|20)\\d{2})(\\s*-\\s*)${NAME}$`).exec(text);
  if (match && looksLikeVenueName(match[3] ?? ''))
    return { form: { template: `{date}${match[2]}{name}`, date: 'YYYY' }, name: match[3] ?? '' };
  if (KNOWN.has(text.toLowerCase())) return { form: { template: '{name}' }, name: text };
  return null;
}

/** Venue-like pieces inside running text (a name then a year), for splitting text atoms. */
export const VENUE_IN_TEXT =
  /(?<![\w'])(?:(?:19|20)\d{2}-[A-Za-z][A-Za-z0-9&]{1,15}|(?:[A-Z]{2,}[A-Za-z]*\.? ){0,3}(?:[A-Z][A-Za-z0-9&]{1,15}|ar[Xx]iv)(?:'\s?\d{2}|,? (?:19|20)\d{2}(?:[./]\d{1,2})?))(?![\w'])/g;

/** A known venue name standing alone in running text (`et al. arXiv.`). */
export const KNOWN_IN_TEXT =
  /(?<![\w/.-])(?:arXiv|arxiv|ArXiv|NeurIPS|NIPS|ICML|ICLR|CVPR|ICCV|ECCV|ACL|EMNLP|NAACL|AAAI|IJCAI|KDD|SIGIR|TPAMI|IJCV|TMLR)(?![\w/-])/g;

/** The venue the item was published at, or arXiv for a preprint; null when it has none. */
export function itemVenue(item: Capture): { name: string; date: DateValue | null } | null {
  if (item.venue?.name) {
    const year = item.venue.year;
    return { name: item.venue.name, date: year ? { year } : itemDate(item) };
  }
  if (item.arxiv) return { name: 'arXiv', date: itemDate(item) };
  return null;
}

/** Writes the item's venue in a learned form, or null when the item has no venue (or date). */
export function writeVenue(form: VenueForm, item: Capture, exemplarName: string): string | null {
  const venue = itemVenue(item);
  if (!venue) return null;
  // The neighbours' spelling of arXiv (`arxiv`, `ArXiv`) is kept.
  const name = venue.name === 'arXiv' && /^arxiv$/i.test(exemplarName) ? exemplarName : venue.name;
  let out = form.template.replace('{name}', name);
  if (form.date) {
    if (!venue.date) return null;
    const date = writeDate(form.date, venue.date) ?? writeDate('YYYY', venue.date);
    if (date === null) return null;
    out = out.replace('{date}', date);
  }
  return out;
}

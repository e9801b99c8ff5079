/**
 * Crossref's REST API completes a DOI record saved from a PDF or a `doi.org` link:
 * `GET https://api.crossref.org/works/{doi}` answers `{status: "ok", message: work}`
 * (https://api.crossref.org/swagger-ui/index.html, "Works"; fields described at
 * https://github.com/CrossRef/rest-api-doc/blob/master/api_format.md): `title` and
 * `container-title` are arrays, `author` holds `{given, family}` or `{name}`, dates are
 * `{"date-parts": [[2020, 9, 16]]}`, and `abstract`, when deposited, is JATS XML, read here
 * as plain text without a DOM.
 */
import { fetchJson, type FetchLike, type SourceResult } from '../../sources/http';
import type { VenueFields } from '../../types';
import { withoutUndefined } from '../../util/defined';
import type { PaperFields } from '../scholarly/paper-source';
import { plainText } from '../scholarly/text';

type Json = Record<string, unknown>;

function record(value: unknown): Json | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

/** The first non-empty string of a Crossref array (or a plain string). */
function first(value: unknown): string {
  const values = Array.isArray(value) ? value : [value];
  for (const candidate of values) {
    const text = typeof candidate === 'string' ? plainText(candidate) : '';
    if (text) return text;
  }
  return '';
}

function author(value: unknown): string {
  const person = record(value);
  if (!person) return '';
  const name = [first(person.given), first(person.family)].filter(Boolean).join(' ');
  return name || first(person.name);
}

/** `{"date-parts": [[2020, 9, 16]]}` → `2020-09-16` (as precise as given). */
function crossrefDate(value: unknown): string | undefined {
  const parts = record(value)?.['date-parts'];
  const [year, month, day] = Array.isArray(parts) && Array.isArray(parts[0]) ? parts[0] : [];
  if (typeof year !== 'number' || year < 1000 || year > 9999) return undefined;
  const pad = (n: unknown) =>
    typeof n === 'number' && n >= 1 && n <= 31 ? `-${String(n).padStart(2, '0')}` : undefined;
  const monthText = typeof month === 'number' && month <= 12 ? pad(month) : undefined;
  if (!monthText) return String(year);
  return `${year}${monthText}${pad(day) ?? ''}`;
}

const VENUE_TYPES: Record<string, VenueFields['type']> = {
  'journal-article': 'journal',
  'proceedings-article': 'conference',
  'book-chapter': 'other',
};

/** The work in Crossref's answer as paper fields; undefined when it is not one. */
export function parseCrossrefWork(json: unknown): PaperFields | undefined {
  const answer = record(json);
  const work = record(answer?.message);
  if (!work || (answer?.status !== undefined && answer.status !== 'ok')) return undefined;
  const title = first(work.title);
  if (!title) return undefined;
  const fields: PaperFields = { title };
  const authors = Array.isArray(work.author) ? work.author.map(author).filter(Boolean) : [];
  if (authors.length) fields.authors = authors;
  const abstract = plainText(typeof work.abstract === 'string' ? work.abstract : '').replace(
    /^abstract\s+/i,
    '',
  );
  if (abstract) fields.abstract = abstract;
  const published = ['published', 'published-print', 'published-online', 'issued']
    .map((name) => crossrefDate(work[name]))
    .find(Boolean);
  if (published) fields.published = published;
  const type = typeof work.type === 'string' ? VENUE_TYPES[work.type] : undefined;
  const container = first(work['container-title']);
  // Preprints (`posted-content`) and datasets have no venue, only a server.
  if (container && type) {
    fields.venue = withoutUndefined({
      name: container,
      type,
      year: published ? Number(published.slice(0, 4)) : undefined,
      volume: first(work.volume) || undefined,
      issue: first(work.issue) || undefined,
      pages: first(work.page).replace(/\s*[-–—]+\s*/g, '-') || undefined,
      publisher: first(work.publisher) || undefined,
      source: 'crossref',
    } satisfies VenueFields);
  }
  return fields;
}

/** `10.1000/a b` → `10.1000/a%20b`: the DOI's own slash kept, as Crossref's examples write it. */
export function crossrefUrl(doi: string): string {
  return `https://api.crossref.org/works/${doi.split('/').map(encodeURIComponent).join('/')}`;
}

export async function fetchCrossrefWork(
  doi: string,
  deps: { fetch: FetchLike; timeoutMs?: number },
): Promise<SourceResult<PaperFields>> {
  const answer = await fetchJson(crossrefUrl(doi), deps);
  if (!answer.ok) return answer;
  const fields = parseCrossrefWork(answer.value);
  return fields
    ? { ok: true, value: fields }
    : { ok: false, error: `api.crossref.org knows no work ${doi}` };
}

/**
 * The bioRxiv/medRxiv API completes a preprint saved from its PDF:
 * `GET https://api.biorxiv.org/details/{server}/{doi}` answers
 * `{messages: [{status}], collection: [one object per version]}`, each with `title`,
 * `authors` ("Last, F.; Last, G. H."), `date`, `version`, `abstract` and `published` (the
 * journal version's DOI, or "NA") (https://api.biorxiv.org/, "Content detail"). The record
 * takes the first version's date (when the work appeared) and the text of the version the
 * capture names, else the newest.
 */
import { fetchJson, type FetchLike, type SourceResult } from '../../sources/http';
import { bareDoi, personName } from '../generic/meta';
import type { PaperFields } from '../scholarly/paper-source';
import { plainText } from '../scholarly/text';

export type RxivServer = 'biorxiv' | 'medrxiv';

interface RxivVersion {
  title: string;
  authors: string[];
  abstract?: string;
  date?: string;
  version: number;
  published?: string;
}

function text(value: unknown): string {
  return typeof value === 'string' ? plainText(value) : '';
}

function version(value: unknown): RxivVersion | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const entry = value as Record<string, unknown>;
  const title = text(entry.title);
  const number = Number(entry.version);
  if (!title || !Number.isInteger(number) || number < 1) return undefined;
  const date = text(entry.date);
  const published = text(entry.published);
  return {
    title,
    authors: text(entry.authors)
      .split(';')
      .map((name) => personName(name))
      .filter(Boolean),
    abstract: text(entry.abstract) || undefined,
    date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined,
    version: number,
    published: published && published !== 'NA' ? bareDoi(published)?.toLowerCase() : undefined,
  };
}

/** The answer as paper fields for `wanted` (a version number) or the newest; undefined if none. */
export function parseRxivDetails(json: unknown, wanted?: number): PaperFields | undefined {
  const collection = (json as { collection?: unknown } | null)?.collection;
  if (!Array.isArray(collection)) return undefined;
  const versions = collection
    .map(version)
    .filter((entry): entry is RxivVersion => entry !== undefined)
    .sort((a, b) => a.version - b.version);
  const chosen = versions.find((entry) => entry.version === wanted) ?? versions.at(-1);
  if (!chosen) return undefined;
  const fields: PaperFields = { title: chosen.title };
  if (chosen.authors.length) fields.authors = chosen.authors;
  if (chosen.abstract) fields.abstract = chosen.abstract;
  const first = versions.find((entry) => entry.date)?.date;
  if (first) fields.published = first;
  // Once published, the journal's DOI is the one to cite (as the page's notice gives it).
  const journalDoi = versions.map((entry) => entry.published).find(Boolean);
  if (journalDoi) fields.doi = journalDoi;
  return fields;
}

export async function fetchRxivPaper(
  doi: string,
  servers: RxivServer[],
  wanted: number | undefined,
  deps: { fetch: FetchLike; timeoutMs?: number },
): Promise<SourceResult<PaperFields>> {
  const errors: string[] = [];
  for (const server of servers) {
    const answer = await fetchJson(`https://api.biorxiv.org/details/${server}/${doi}`, deps);
    if (!answer.ok) {
      errors.push(answer.error);
      if (answer.status === 429) break;
      continue;
    }
    const fields = parseRxivDetails(answer.value, wanted);
    if (fields) return { ok: true, value: fields };
    errors.push(`api.biorxiv.org knows no ${server} preprint ${doi}`);
  }
  return { ok: false, error: errors.join('; ') };
}

/**
 * A repository's CITATION.cff (https://citation-file-format.github.io, format 1.2.0) as the
 * work to cite: its `preferred-citation` when it names one (the paper its authors want
 * cited), else the software itself. YAML is read with js-yaml's core schema, so dates stay
 * the strings they are written as.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import type { VenueFields } from '../types';
import type { Creator } from './entry';
import type { Work } from './work';

type Json = Record<string, unknown>;

function record(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Json)
    : undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** CFF persons (`given-names`, `name-particle`, `family-names`, `name-suffix`) and entities (`name`). */
function creators(value: unknown): Creator[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry): Creator[] => {
    const person = record(entry);
    if (!person) return [];
    const family = text(person['family-names']);
    if (family) {
      const name = [person['given-names'], person['name-particle'], family]
        .map(text)
        .filter(Boolean)
        .join(' ');
      const suffix = text(person['name-suffix']);
      return [suffix ? `${name}, ${suffix}` : name];
    }
    const entity = text(person.name);
    return entity ? [{ literal: entity }] : [];
  });
}

function yearOf(value: unknown): number | undefined {
  const match = /^(\d{4})/.exec(text(value) ?? '');
  return match ? Number(match[1]) : undefined;
}

function venueOf(citation: Json): Work['venue'] {
  const type = text(citation.type);
  const pages = [text(citation.start), text(citation.end)].filter(Boolean).join('-');
  const common: Omit<VenueFields, 'name'> = {};
  if (text(citation.volume)) common.volume = text(citation.volume);
  if (text(citation.issue)) common.issue = text(citation.issue);
  if (pages) common.pages = pages;
  const publisher = text(record(citation.publisher)?.name);
  if (publisher) common.publisher = publisher;
  const journal = text(citation.journal);
  if (journal) return { name: journal, type: 'journal', ...common };
  const proceedings = text(citation['collection-title']) ?? text(record(citation.conference)?.name);
  if (proceedings && (type === 'conference-paper' || type === 'proceedings')) {
    return { name: proceedings, type: 'conference', ...common };
  }
  return undefined;
}

function doiOf(citation: Json): string | undefined {
  const direct = text(citation.doi);
  if (direct) return direct.toLowerCase();
  const identifiers = Array.isArray(citation.identifiers) ? citation.identifiers : [];
  for (const identifier of identifiers) {
    const entry = record(identifier);
    if (text(entry?.type) === 'doi' && text(entry?.value)) return text(entry?.value)?.toLowerCase();
  }
  return undefined;
}

/** The work a CITATION.cff asks to be cited as; undefined when the file says too little. */
export function cffWork(yaml: string, repoUrl: string): Work | undefined {
  let document: unknown;
  try {
    document = load(yaml, { schema: CORE_SCHEMA });
  } catch {
    return undefined; // a broken file: cite the repository as usual
  }
  const root = record(document);
  if (!root) return undefined;
  const preferred = record(root['preferred-citation']);
  const citation = preferred ?? root;
  const title = text(citation.title);
  const authors = creators(citation.authors);
  if (!title || authors.length === 0) return undefined;
  const work: Work = { title, authors };
  const year =
    yearOf(citation.year) ??
    yearOf(citation['date-published']) ??
    (preferred ? undefined : yearOf(root['date-released']));
  if (year !== undefined) work.year = year;
  const venue = venueOf(citation);
  if (venue) work.venue = venue;
  const doi = doiOf(citation);
  if (doi) work.doi = doi;
  work.url = text(citation.url) ?? text(citation['repository-code']) ?? repoUrl;
  if (!preferred && text(root.version)) work.version = text(root.version);
  return work;
}

/**
 * An OpenReview submission note, as the forum page embeds it and the API answers it: API v2
 * wraps each content field in `{value}`, API v1 does not. Pure data, no DOM: the page
 * extractor (./page.ts) and the API source (./api.ts) both read it.
 */
import type { Capture } from '../../types';
import { plainText } from '../scholarly/text';
import { openreviewVenue } from './venue';

export interface ForumNote {
  title?: string;
  authors: string[];
  abstract?: string;
  keywords: string[];
  venue?: string;
  venueId?: string;
  /** Publication (or else creation) time, ms since the epoch. */
  date?: number;
}

export function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** A content field in either API version: `{value: x}` or `x`. */
function field(content: Record<string, unknown>, name: string): unknown {
  const raw = content[name];
  const wrapped = record(raw);
  return wrapped && 'value' in wrapped ? wrapped.value : raw;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? plainText(value) || undefined : undefined;
}

function strs(value: unknown): string[] {
  if (typeof value === 'string')
    return value
      .split(/\s*[,;]\s*/)
      .map(plainText)
      .filter(Boolean);
  return Array.isArray(value) ? value.map(str).filter((v): v is string => Boolean(v)) : [];
}

/** The note (an object with `content`) as a forum note; undefined when it is another note's. */
export function forumNoteFrom(value: unknown, id: string): ForumNote | undefined {
  const note = record(value);
  const content = record(note?.content);
  if (!note || !content || (typeof note.id === 'string' && note.id !== id)) return undefined;
  const date = [note.pdate, note.odate, note.cdate].find(
    (value): value is number => typeof value === 'number' && value > 0,
  );
  return {
    title: str(field(content, 'title')),
    authors: strs(field(content, 'authors')),
    abstract: str(field(content, 'abstract')),
    keywords: strs(field(content, 'keywords')),
    venue: str(field(content, 'venue')),
    venueId: str(field(content, 'venueid')),
    date,
  };
}

/** The note's date as `YYYY-MM-DD`. */
export function noteDate(note: ForumNote | undefined): string | undefined {
  return note?.date ? new Date(note.date).toISOString().slice(0, 10) : undefined;
}

/** What a note tells of the paper, as capture fields (empty ones left out). */
export function noteFields(note: ForumNote): Partial<Capture> {
  const fields: Partial<Capture> = {};
  if (note.title) fields.title = note.title;
  if (note.authors.length) fields.authors = note.authors;
  if (note.abstract) fields.abstract = note.abstract;
  const published = noteDate(note);
  if (published) fields.published = published;
  const venue = openreviewVenue(note.venue, note.venueId);
  if (venue) fields.venue = venue;
  if (note.keywords.length) fields.keywords = note.keywords;
  return fields;
}

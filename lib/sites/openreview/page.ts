/**
 * OpenReview forum pages (a Next.js app): the submission note in the embedded
 * `__NEXT_DATA__` JSON (`props.pageProps.forumNote`; API v2 wraps each content field in
 * `{value}`, API v1 does not), then the `citation_*` tags the page also carries. The PDF view
 * has neither and yields the record with what is missing said.
 */
import type { Extractor } from '../../extractors/types';
import { paperCapture, partialDate, readCitationMeta } from '../scholarly/citation';
import { plainText } from '../scholarly/text';
import { OPENREVIEW_HOSTS, openreviewUrls } from './url';
import { openreviewVenue } from './venue';

interface ForumNote {
  title?: string;
  authors: string[];
  abstract?: string;
  keywords: string[];
  venue?: string;
  venueId?: string;
  /** Publication (or else creation) time, ms since the epoch. */
  date?: number;
}

function record(value: unknown): Record<string, unknown> | undefined {
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

/** The forum note in `__NEXT_DATA__`; undefined when the page has none or it is not JSON. */
export function readForumNote(doc: Document, id: string): ForumNote | undefined {
  const script = doc.querySelector('script#__NEXT_DATA__')?.textContent;
  if (!script) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(script);
  } catch {
    return undefined; // a broken blob: the citation tags still answer
  }
  const pageProps = record(record(record(data)?.props)?.pageProps);
  const note = record(pageProps?.forumNote) ?? record(pageProps?.note);
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

export const openreviewPage: Extractor = {
  name: 'openreview',
  matches: (url) => OPENREVIEW_HOSTS.has(url.hostname),
  extract(doc, url) {
    const identity = openreviewUrls.identify(url, url.pathname.split('/').filter(Boolean));
    if (!identity) return null;
    const id = identity.key.slice('openreview:'.length);
    const note = readForumNote(doc, id);
    const meta = readCitationMeta(doc);
    const published =
      (note?.date ? new Date(note.date).toISOString().slice(0, 10) : undefined) ??
      partialDate(meta.published);
    const keywords = note?.keywords.length ? note.keywords : meta.keywords;
    return paperCapture(identity, {
      title: note?.title ?? meta.title,
      pageTitle: doc.title.trim() || undefined,
      authors: note?.authors.length ? note.authors : meta.authors,
      abstract: note?.abstract ?? meta.abstract,
      published,
      venue: openreviewVenue(note?.venue, note?.venueId) ?? meta.venue,
      keywords: keywords.length ? keywords : undefined,
    });
  },
};

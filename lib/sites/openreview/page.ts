/**
 * OpenReview forum pages (a Next.js app): the submission note in the embedded
 * `__NEXT_DATA__` JSON (`props.pageProps.forumNote`; API v2 wraps each content field in
 * `{value}`, API v1 does not), then the `citation_*` tags the page also carries. The PDF view
 * has neither and yields the record with what is missing said.
 */
import type { Extractor } from '../../extractors/types';
import { paperCapture, partialDate, readCitationMeta } from '../scholarly/citation';
import { type ForumNote, forumNoteFrom, noteDate, record } from './note';
import { OPENREVIEW_HOSTS, openreviewUrls } from './url';
import { openreviewVenue } from './venue';

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
  return forumNoteFrom(pageProps?.forumNote ?? pageProps?.note, id);
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
    const published = noteDate(note) ?? partialDate(meta.published);
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

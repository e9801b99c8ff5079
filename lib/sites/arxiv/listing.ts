/**
 * arXiv listing pages and search results: one capture per entry.
 *
 * - Listings (`/list/{archive}/{new|recent|pastweek|YYMM}`): `dl#articles` of `dt` (id,
 *   links) + `dd` (`.list-title`, `.list-authors`, `.list-comments`, `.list-subjects`,
 *   and on `/new` the abstract as `p.mathjax`). Seen on https://arxiv.org/list/cs/2301?show=3;
 *   `/new` holds several `dl`s (new, cross-lists, replacements) under `h3` headings.
 * - Search (`/search/…`): `li.arxiv-result` with `p.list-title`, `p.title`, `p.authors`,
 *   `span.abstract-full`, `p.comments`, and the primary subject as the first `.tag.is-link`.
 */
import { ARXIV_HOSTS, arxivAbsUrl, parseArxivId } from './url';
import type { Capture } from '../../types';
import { commentsText, githubUrls, subjectCode, withPaperMissing } from './text';
import { bareDoi, cleanText, isoDate } from '../generic/meta';
import { withoutUndefined } from '../../util/defined';
import type { Extractor } from '../../extractors/types';

/** One entry of a listing: its capture and the element its Save button goes into. */
export interface ListingEntry {
  capture: Capture;
  /** The `dt` of a listing, the `p.list-title` of a search result. */
  anchor: Element;
}

export function isListingUrl(url: URL): boolean {
  return (
    ARXIV_HOSTS.has(url.hostname) &&
    (url.pathname.startsWith('/list/') ||
      url.pathname.startsWith('/search') ||
      /^\/(new|recent|pastweek)\/?$/.test(url.pathname))
  );
}

function withoutLabel(element: Element | null | undefined, drop = '.descriptor'): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  for (const label of copy.querySelectorAll(drop)) label.remove();
  return cleanText(copy.textContent);
}

/** Id and version from an entry's links: `/abs/2301.00001`, `/abs/2301.00001v2`, `/html/…v1`. */
function entryId(scope: Element): { id: string; version?: number } | null {
  const ids: { id: string; version?: number }[] = [];
  for (const link of scope.querySelectorAll('a[href]')) {
    const match = /\/(abs|html)\/(.+?)\/?$/.exec(link.getAttribute('href') ?? '');
    const parsed = match?.[2] ? parseArxivId(match[2]) : null;
    if (parsed) ids.push(parsed);
  }
  const first = ids[0];
  if (!first) return null;
  // The abs link rarely shows a version; the HTML link of the same entry often does.
  const version = ids.find((other) => other.id === first.id && other.version)?.version;
  return version ? { id: first.id, version } : { id: first.id };
}

function entryCapture(
  id: { id: string; version?: number },
  fields: {
    title: string;
    authors: string[];
    comments?: Element | null;
    subject?: string;
    abstract?: string;
    published?: string;
    doi?: string;
  },
): Capture {
  const comments =
    commentsText(fields.comments, '.descriptor, .has-text-weight-semibold') || undefined;
  const hrefs = [...(fields.comments?.querySelectorAll('a[href]') ?? [])].map(
    (a) => a.getAttribute('href') ?? '',
  );
  const code = githubUrls(comments, hrefs);
  const capture: Capture = withoutUndefined({
    key: `arxiv:${id.id}`,
    kind: 'paper' as const,
    url: arxivAbsUrl(id.id),
    title: fields.title,
    authors: fields.authors.length > 0 ? fields.authors : undefined,
    abstract: fields.abstract || undefined,
    arxiv: {
      id: id.id,
      version: id.version,
      published: fields.published,
      primaryCategory: fields.subject,
      comments,
      doi: fields.doi,
    },
    doi: fields.doi?.toLowerCase(),
    codeUrls: code.length > 0 ? code : undefined,
  });
  return withPaperMissing(capture);
}

function listEntries(doc: Document): ListingEntry[] {
  const entries: ListingEntry[] = [];
  for (const dt of doc.querySelectorAll('dl > dt')) {
    const dd = dt.nextElementSibling;
    const id = entryId(dt);
    if (!id || dd?.tagName.toLowerCase() !== 'dd') continue;
    const capture = entryCapture(id, {
      title: withoutLabel(dd.querySelector('.list-title')),
      authors: [...dd.querySelectorAll('.list-authors a')].map((a) => cleanText(a.textContent)),
      comments: dd.querySelector('.list-comments'),
      subject: subjectCode(dd.querySelector('.list-subjects .primary-subject')?.textContent),
      abstract: cleanText(dd.querySelector('p.mathjax')?.textContent),
    });
    entries.push({ capture, anchor: dt });
  }
  return entries;
}

/**
 * "Submitted 19 June, 2025; v1 submitted 3 March, 2025; originally announced …": the first
 * version's date (the only "Submitted" date when there was one version).
 */
function firstSubmitted(item: Element): string | undefined {
  const line = cleanText(
    [...item.querySelectorAll('p')].find((p) => /\bSubmitted\b/.test(p.textContent ?? ''))
      ?.textContent,
  );
  const v1 = /v1 submitted ([^;]+)/.exec(line)?.[1];
  return isoDate(v1 ?? /^Submitted ([^;]+)/.exec(line)?.[1]);
}

function searchEntries(doc: Document): ListingEntry[] {
  const entries: ListingEntry[] = [];
  for (const item of doc.querySelectorAll('li.arxiv-result')) {
    const head = item.querySelector('.list-title') ?? item;
    const id = entryId(head);
    if (!id) continue;
    const abstract = item.querySelector('.abstract-full') ?? item.querySelector('.abstract');
    const capture = entryCapture(id, {
      title: cleanText(item.querySelector('p.title')?.textContent),
      authors: [...item.querySelectorAll('.authors a')].map((a) => cleanText(a.textContent)),
      comments: item.querySelector('.comments .mathjax') ?? item.querySelector('.comments'),
      subject: subjectCode(item.querySelector('.tag.is-link')?.textContent),
      // The full abstract ends with a "△ Less" toggle link.
      abstract: withoutLabel(abstract, 'a, .has-text-weight-semibold'),
      published: firstSubmitted(item),
      doi: bareDoi(
        item.querySelector('.tags.has-addons a[href*="doi.org/"]')?.getAttribute('href'),
      ),
    });
    entries.push({ capture, anchor: head });
  }
  return entries;
}

/** The entries of a listing or search page; null when the page is not one (no marker). */
export function listingEntries(doc: Document, url: URL): ListingEntry[] | null {
  if (!isListingUrl(url)) return null;
  if (url.pathname.startsWith('/search')) {
    // Marker: the results list. A search without results is an ordinary page (`generic`).
    if (!doc.querySelector('li.arxiv-result, ol.breathe-horizontal')) return null;
    return searchEntries(doc);
  }
  // Marker: the listing's `#dlpage` / `dl#articles` (an empty day's /new still has `#dlpage`).
  if (!doc.querySelector('#dlpage, dl#articles, dl > dt')) return null;
  return listEntries(doc);
}

export const arxivListing: Extractor = {
  name: 'arxiv-listing',
  matches: isListingUrl,
  extract(doc, url) {
    return listingEntries(doc, url)?.map((entry) => entry.capture) ?? null;
  },
};

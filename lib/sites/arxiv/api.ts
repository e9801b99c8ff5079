/**
 * The arXiv API (`https://export.arxiv.org/api/query?id_list=…`, Atom 1.0, documented at
 * https://info.arxiv.org/help/api/user-manual.html). Parsed without a DOM: this runs in the
 * MV3 service worker, which has no DOMParser. The Atom the API writes is regular (no
 * nesting of same-named elements inside an entry, attributes in double quotes), so a small
 * tag reader over one `<entry>` is enough.
 */
import { githubUrls, withPaperMissing } from './text';
import { cleanText } from '../generic/meta';
import { withoutUndefined } from '../../util/defined';
import { arxivAbsUrl, parseArxivId } from './url';
import type { Capture } from '../../types';
import { type FetchLike, fetchText, type SourceResult } from '../../sources/http';

export const ARXIV_API = 'https://export.arxiv.org/api/query';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** XML character data → text: CDATA sections kept verbatim, entities decoded. */
export function decodeXml(text: string): string {
  return text.replace(
    /<!\[CDATA\[([\s\S]*?)\]\]>|&(#x[0-9a-f]+|#\d+|[a-z]+);/gi,
    (whole, cdata: string | undefined, entity: string | undefined) => {
      if (cdata !== undefined) return cdata;
      if (!entity) return whole;
      if (entity[0] === '#') {
        const code =
          entity[1] === 'x' || entity[1] === 'X'
            ? Number.parseInt(entity.slice(2), 16)
            : Number(entity.slice(1));
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff
          ? String.fromCodePoint(code)
          : whole;
      }
      return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
    },
  );
}

/** Text contents of every `<name …>…</name>` in `xml` (name may carry a prefix: `arxiv:doi`). */
function elements(xml: string, name: string): string[] {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`<${escaped}(?:\\s[^>]*)?>([\\s\\S]*?)</${escaped}\\s*>`, 'g');
  return [...xml.matchAll(pattern)].map((match) => match[1] ?? '');
}

function text(xml: string, name: string): string {
  return cleanText(decodeXml(elements(xml, name)[0] ?? ''));
}

/** Attributes of every `<name …/>` or `<name …>` start tag. */
function startTags(xml: string, name: string): Record<string, string>[] {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`<${escaped}(\\s[^>]*?)?/?>`, 'g');
  return [...xml.matchAll(pattern)].map((match) => {
    const attributes: Record<string, string> = {};
    for (const attribute of (match[1] ?? '').matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      attributes[attribute[1] ?? ''] = decodeXml(attribute[2] ?? attribute[3] ?? '');
    }
    return attributes;
  });
}

function isoDay(timestamp: string): string | undefined {
  return /^(\d{4}-\d{2}-\d{2})/.exec(timestamp)?.[1];
}

/**
 * One Atom `<entry>` → a paper capture; an error value for the API's error entries
 * (`<id>http://arxiv.org/api/errors#…</id>`) and for entries without an arXiv id.
 */
export function parseArxivEntry(entry: string): SourceResult<Capture> {
  const entryId = text(entry, 'id');
  if (/\/api\/errors/.test(entryId)) {
    return { ok: false, error: `arXiv API: ${text(entry, 'summary') || 'error'}` };
  }
  const parsed = parseArxivId(entryId.replace(/^.*?\/abs\//, ''));
  if (!parsed) return { ok: false, error: 'arXiv API answered an entry without an arXiv id' };
  const title = text(entry, 'title');
  if (!title) return { ok: false, error: `arXiv API does not know arXiv:${parsed.id}` };

  const authors = elements(entry, 'author')
    .map((author) => text(author, 'name'))
    .filter(Boolean);
  const links = startTags(entry, 'link');
  const pdf = links.find((link) => link.title === 'pdf')?.href;
  const doi = text(entry, 'arxiv:doi') || undefined;
  const comments = text(entry, 'arxiv:comment') || undefined;
  const primary = startTags(entry, 'arxiv:primary_category')[0]?.term;
  const code = githubUrls(comments);

  const capture: Capture = withoutUndefined({
    key: `arxiv:${parsed.id}`,
    kind: 'paper' as const,
    url: arxivAbsUrl(parsed.id),
    title,
    authors: authors.length > 0 ? authors : undefined,
    abstract: text(entry, 'summary') || undefined,
    arxiv: {
      id: parsed.id,
      version: parsed.version,
      published: isoDay(text(entry, 'published')),
      updated: isoDay(text(entry, 'updated')),
      // The API writes http:// links; arXiv serves everything over https.
      pdfUrl: pdf?.replace(/^http:\/\//, 'https://'),
      primaryCategory: primary || undefined,
      comments,
      doi,
    },
    doi: doi?.toLowerCase(),
    codeUrls: code.length > 0 ? code : undefined,
  });
  return { ok: true, value: withPaperMissing(capture) };
}

/** The whole feed → the entry for `id` (the API answers one entry per requested id). */
export function parseArxivFeed(xml: string, id: string): SourceResult<Capture> {
  if (!/<feed[\s>]/.test(xml))
    return { ok: false, error: 'arXiv API answered something that is not Atom' };
  const entries = elements(xml, 'entry');
  if (entries.length === 0) return { ok: false, error: `arXiv API does not know arXiv:${id}` };
  for (const entry of entries) {
    const parsed = parseArxivEntry(entry);
    if (!parsed.ok || parsed.value.arxiv?.id === id) return parsed;
  }
  return { ok: false, error: `arXiv API answered about another paper than arXiv:${id}` };
}

export interface ArxivApiOptions {
  fetch: FetchLike;
  timeoutMs?: number;
}

/** Metadata of one paper from the API; never throws. */
export async function fetchArxivPaper(
  id: string,
  options: ArxivApiOptions,
): Promise<SourceResult<Capture>> {
  const parsed = parseArxivId(id);
  if (!parsed) return { ok: false, error: `not an arXiv id: ${id}` };
  const url = `${ARXIV_API}?id_list=${parsed.id}&max_results=1`;
  const body = await fetchText(url, {
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
    retries: 1,
  });
  if (!body.ok) return body;
  try {
    return parseArxivFeed(body.value, parsed.id);
  } catch (error) {
    return { ok: false, error: `arXiv API answer could not be read (${String(error)})` };
  }
}

/**
 * Any page: Highwire/Google Scholar `citation_*` tags, Open Graph, `<title>` and the
 * canonical link. A page that names an arXiv paper (`citation_arxiv_id`, or an arXiv DOI)
 * becomes that paper's record, whatever site it is on (mirrors, journals, blogs).
 *
 * The small text/meta helpers here are shared by the site extractors.
 */
import { arxivAbsUrl, identify, parseArxivId } from '../identity';
import type { Capture } from '../types';
import type { Extractor } from './types';

/** Collapses runs of whitespace (the sites hard-wrap their HTML) and trims. */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The first non-empty `content` of `<meta name=…>` or `<meta property=…>`, in the order given. */
export function metaContent(doc: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    for (const meta of metaElements(doc, name)) {
      const value = cleanText(meta.getAttribute('content'));
      if (value) return value;
    }
  }
  return undefined;
}

/** Every non-empty value of a repeated meta tag (`citation_author`), in document order. */
export function metaContents(doc: Document, name: string): string[] {
  return metaElements(doc, name)
    .map((meta) => cleanText(meta.getAttribute('content')))
    .filter(Boolean);
}

function metaElements(doc: Document, name: string): Element[] {
  return [...doc.querySelectorAll(`meta[name="${name}"], meta[property="${name}"]`)];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * ISO `YYYY-MM-DD` from the date forms these pages use: `2021/06/17` (citation_date),
 * `2021-06-17T…`, `17 Jun 2021`, `Thu, 17 Jun 2021 15:45:54 UTC`, `31 December, 2022`.
 * Parsed by hand: `Date` would shift a bare date across a timezone.
 */
export function isoDate(text: string | null | undefined): string | undefined {
  const value = cleanText(text);
  const numeric = /^(\d{4})[/-](\d{1,2})(?:[/-](\d{1,2}))?/.exec(value);
  if (numeric) return ymd(numeric[1], numeric[2], numeric[3] ?? '1');
  const named = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})\b/.exec(value);
  if (named) {
    const month = MONTHS.indexOf((named[2] ?? '').toLowerCase()) + 1;
    if (month > 0) return ymd(named[3], String(month), named[1]);
  }
  return undefined;
}

function ymd(year = '', month = '', day = ''): string | undefined {
  const m = Number(month);
  const d = Number(day);
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return undefined;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const SUFFIX = /^(jr|sr|[ivx]+)\.?$/i;

/**
 * "Last, First" (Highwire `citation_author`) → "First Last". Keeps single names and
 * names without a comma ("ATLAS Collaboration") as they are; a suffix stays at the end
 * whether it comes second ("King, Jr., Martin") or last ("King, Martin, Jr.").
 */
export function personName(text: string): string {
  const parts = cleanText(text)
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2) return parts[0] ?? '';
  const [last = '', ...rest] = parts;
  const suffixes = rest.filter((part) => SUFFIX.test(part));
  const given = rest.filter((part) => !SUFFIX.test(part));
  return [...given, last, ...suffixes].join(' ');
}

/** A DOI without its resolver prefix: `https://doi.org/10.1/x` → `10.1/x`. */
export function bareDoi(text: string | null | undefined): string | undefined {
  const match = /\b(10\.\d{4,9}\/\S+)/.exec(cleanText(text).replace(/^doi:\s*/i, ''));
  return match?.[1] ? decodeURIComponentSafe(match[1]) : undefined;
}

/** arXiv's own DataCite DOIs (`10.48550/arXiv.2106.09608`): the id of a paper, not a journal. */
export function arxivIdFromDoi(doi: string | undefined): string | undefined {
  const match = /^10\.48550\/arxiv\.(.+)$/i.exec(doi ?? '');
  return match?.[1] ? parseArxivId(match[1])?.id : undefined;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The page's canonical URL (`<link rel=canonical>`, then `og:url`), resolved against the page. */
function canonicalUrl(doc: Document, url: URL): string {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    metaContent(doc, 'og:url'),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const resolved = new URL(candidate, url);
      if (resolved.protocol === 'http:' || resolved.protocol === 'https:') return resolved.href;
    } catch {
      // A broken canonical link is ignored: the page's own URL stands in.
    }
  }
  return url.href;
}

function arxivPaperFromMeta(doc: Document, arxivText: string): Capture | null {
  const parsed = parseArxivId(arxivText);
  if (!parsed) return null;
  const title = metaContent(doc, 'citation_title', 'og:title', 'dc.title') ?? cleanText(doc.title);
  const authors = metaContents(doc, 'citation_author').map(personName);
  const abstract = metaContent(doc, 'citation_abstract', 'og:description', 'description');
  const published = isoDate(metaContent(doc, 'citation_date', 'citation_publication_date'));
  const doi = bareDoi(metaContent(doc, 'citation_doi'));
  const capture: Capture = {
    key: `arxiv:${parsed.id}`,
    kind: 'paper',
    url: arxivAbsUrl(parsed.id),
    title,
    pageTitle: cleanText(doc.title) || undefined,
    arxiv: {
      id: parsed.id,
      version: parsed.version,
      published,
      pdfUrl: metaContent(doc, 'citation_pdf_url'),
      doi: doi && !arxivIdFromDoi(doi) ? doi : undefined,
    },
  };
  if (authors.length > 0) capture.authors = authors;
  if (abstract) capture.abstract = abstract;
  const missing = [
    title ? '' : 'title',
    authors.length ? '' : 'authors',
    abstract ? '' : 'abstract',
    published ? '' : 'date',
    // Subjects are arXiv's own; other sites do not say (the arXiv API fills it).
    'subject',
  ].filter(Boolean);
  if (missing.length > 0) capture.missing = missing;
  return withoutUndefined(capture);
}

/** Drops `undefined` fields (also one level down) so records compare and serialise cleanly. */
export function withoutUndefined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(value)) {
    if (field === undefined) continue;
    out[name] =
      field && typeof field === 'object' && !Array.isArray(field)
        ? withoutUndefined(field as object)
        : field;
  }
  return out as T;
}

export const generic: Extractor = {
  name: 'generic',
  matches: (url) => url.protocol === 'http:' || url.protocol === 'https:',
  extract(doc, url) {
    const arxivId =
      metaContent(doc, 'citation_arxiv_id') ??
      arxivIdFromDoi(bareDoi(metaContent(doc, 'citation_doi')));
    if (arxivId) {
      const paper = arxivPaperFromMeta(doc, arxivId);
      if (paper) return paper;
    }
    const canonical = canonicalUrl(doc, url);
    const identity = identify(canonical) ?? identify(url.href);
    if (!identity) return null;
    const title =
      metaContent(doc, 'citation_title', 'og:title', 'twitter:title', 'dc.title') ??
      cleanText(doc.title);
    const authors = metaContents(doc, 'citation_author').map(personName);
    const description = metaContent(doc, 'og:description', 'description', 'twitter:description');
    const capture: Capture = {
      key: identity.key,
      // The identity decides the kind: a canonical link to a paper or repo makes this a
      // stub of that work (its site extractor declined the page), anything else is a page.
      kind: identity.kind,
      url: identity.url,
      title: title || identity.url,
      pageTitle: cleanText(doc.title) || undefined,
      description,
      abstract: metaContent(doc, 'citation_abstract'),
      arxiv: identity.arxiv ? { ...identity.arxiv } : undefined,
      repo: identity.repo ? { ...identity.repo } : undefined,
      hub: identity.hub ? { ...identity.hub } : undefined,
      contextKey: identity.contextKey,
    };
    if (authors.length > 0) capture.authors = authors;
    if (!title) capture.missing = ['title'];
    return withoutUndefined(capture);
  },
};

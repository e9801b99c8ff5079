/**
 * Reading a page's text and meta tags: shared by every site's extractors (generic is the
 * base every site builds on).
 */
import { plainText as stripMarkup } from '../scholarly/text';

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

interface MetaIndex {
  /** Invalidates the index when the page changes under it (GitHub's and the Hub's client-side navigation). */
  signature: string;
  byName: Map<string, Element[]>;
}

const indexes = new WeakMap<Document, MetaIndex>();

/**
 * `<meta>` elements by `name` and `property`, built in one pass: pages are read for dozens
 * of names (Dublin Core alone has four spellings), and one selector query per name walks a
 * 200 KB page each time.
 */
function metaElements(doc: Document, name: string): Element[] {
  const all = doc.getElementsByTagName('meta');
  const signature = `${doc.URL}|${all.length}`;
  let index = indexes.get(doc);
  if (index?.signature !== signature) {
    index = { signature, byName: new Map() };
    for (const meta of Array.from(all)) {
      const keys = new Set([meta.getAttribute('name'), meta.getAttribute('property')]);
      for (const key of keys) {
        if (!key) continue;
        const list = index.byName.get(key);
        if (list) list.push(meta);
        else index.byName.set(key, [meta]);
      }
    }
    indexes.set(doc, index);
  }
  return index.byName.get(name) ?? [];
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
  // `Apr 22, 2019` (US order, PLOS's citation_date).
  const us = /\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(value);
  if (us) {
    const month = MONTHS.indexOf((us[1] ?? '').toLowerCase()) + 1;
    if (month > 0) return ymd(us[3], String(month), us[2]);
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

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A date as precise as the text gives it: `2019`, `2019-03`, `2019-03-21` (ISO order). */
export function partialDate(text: string | null | undefined): string | undefined {
  const full = isoDate(text);
  if (full) {
    // `2019/03` reads as the first of the month: keep it at month precision.
    const monthOnly = /^(\d{4})[/-](\d{1,2})$/.exec(cleanText(text));
    return monthOnly ? full.slice(0, 7) : full;
  }
  const year = /^(\d{4})\b/.exec(cleanText(text));
  return year?.[1] && Number(year[1]) > 1600 ? year[1] : undefined;
}

// Block-level tags: their text is separated by a space when the tags are stripped.
const BLOCK_TAG =
  /<(\/?)(p|div|h[1-6]|br|li|ul|ol|section|article|header|footer|table|tr|td|th|blockquote)\b/gi;

/**
 * Text that may hold markup (`<h3>ABSTRACT</h3><p>…</p>`, `&amp;`) as plain text: tags
 * stripped, entities decoded, whitespace collapsed. Parsed by the page's window's DOMParser
 * into an inert document (no scripts run, nothing loads there) rather than through an
 * innerHTML sink; where there is no DOM parser, the tags are stripped as text.
 */
export function plainText(doc: Document, text: string | null | undefined): string {
  const value = text ?? '';
  if (!/[<&]/.test(value)) return cleanText(value);
  const spaced = value.replace(BLOCK_TAG, ' <$1$2');
  const Parser = doc.defaultView?.DOMParser;
  if (!Parser) return cleanText(stripMarkup(spaced));
  return cleanText(new Parser().parseFromString(spaced, 'text/html').body.textContent);
}

/** An abstract as plain text, without a leading "Abstract" label. */
export function plainAbstract(doc: Document, text: string | null | undefined): string {
  return plainText(doc, text).replace(/^(?:abstract|summary)\s*[:.\-–—]?\s+(?=\S)/i, '');
}

/**
 * Reading a page's text and meta tags: shared by every site's extractors (generic is the
 * base every site builds on).
 */

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

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Reads inline links out of an entry's raw text. marked's inline lexer would lose the exact
 * text between links (a description after `:`, a `([github](…))` suffix), which the styles
 * need to tell fields from the user's own words; this reads just `[text](destination)`.
 */
import { unescapeInline } from './escape';
import { LinkScan } from './link-scan';

export interface RawLink {
  /** Index of `[` in the scanned text. */
  start: number;
  /** Index just past `)`. */
  end: number;
  /** Link text as written (still escaped). */
  rawText: string;
  /** Destination with escapes and angle brackets removed. */
  url: string;
  /** `![…](…)` */
  image: boolean;
}

/** Reads `(destination "title")` at `open`; null when it is not a link destination. */
function readDestination(scan: LinkScan, open: number): { url: string; end: number } | null {
  const { text } = scan;
  if (text[open] !== '(') return null;
  let i = open + 1;
  while (text[i] === ' ') i++;
  let start = i;
  let angle = false;
  if (text[i] === '<') {
    // `<…>`: up to the first unescaped `>`; a line break first means it is no destination.
    const stop = scan.angleEnd(i + 1);
    if (stop < 0 || text[stop] !== '>') return null;
    start = i + 1;
    i = stop;
    angle = true;
  } else {
    i = scan.destinationEnd(open, i);
  }
  const urlEnd = i;
  if (angle) i++;
  while (text[i] === ' ') i++;
  // An optional title ("…", '…' or (…)): skipped, Paper Shelf keeps no link titles.
  const quote = text[i];
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, i + 1);
    if (close < 0) return null;
    i = close + 1;
    while (text[i] === ' ') i++;
  }
  if (text[i] !== ')') return null;
  // Read only once the destination is known to close: a failed one costs no copy.
  const raw = text.slice(start, urlEnd);
  const url = angle ? raw.replace(/\\(.)/gs, '$1') : unescapeInline(raw);
  return { url, end: i + 1 };
}

/** The link starting at `start` (`[` or `![`), or null. */
export function readLinkAt(text: string, start: number, scan = new LinkScan(text)): RawLink | null {
  const image = text[start] === '!';
  const open = image ? start + 1 : start;
  if (text[open] !== '[') return null;
  const close = scan.closingBracket(open);
  if (close < 0) return null;
  const destination = readDestination(scan, close + 1);
  if (!destination) return null;
  return {
    start,
    end: destination.end,
    rawText: text.slice(open + 1, close),
    url: destination.url,
    image,
  };
}

/** Every top-level link and image in `text`, in order (links inside a link's text are skipped). */
export function findLinks(text: string): RawLink[] {
  const links: RawLink[] = [];
  if (!text.includes('[')) return links;
  const scan = new LinkScan(text);
  // Where the next backtick run of each length starts (-1: none left), so a code span that
  // never closes costs one search, not one per backtick.
  const noCloseFrom = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') {
      i++;
      continue;
    }
    if (char === '`') {
      // Links inside code spans are not links.
      let runEnd = i;
      while (text[runEnd] === '`') runEnd++;
      const run = text.slice(i, runEnd);
      const close = runEnd >= (noCloseFrom.get(run) ?? Infinity) ? -1 : text.indexOf(run, runEnd);
      if (close < 0) noCloseFrom.set(run, Math.min(runEnd, noCloseFrom.get(run) ?? Infinity));
      // An unclosed run is literal text as a whole (CommonMark), not a shorter run per backtick.
      i = close > 0 ? close + run.length - 1 : runEnd - 1;
      continue;
    }
    if (char === '[' || (char === '!' && text[i + 1] === '[')) {
      const link = readLinkAt(text, i, scan);
      if (link) {
        links.push(link);
        i = link.end - 1;
      }
    }
  }
  return links;
}

/** Index of `needle` in `text` from `from`, skipping backslash-escaped characters; -1 if absent. */
export function indexOfUnescaped(text: string, needle: string, from = 0): number {
  if (!text.includes('\\')) return text.indexOf(needle, from);
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text.startsWith(needle, i)) return i;
  }
  return -1;
}

/** Splits on `separator` where it is not escaped. */
export function splitUnescaped(text: string, separator: string): string[] {
  if (!text.includes('\\')) return text.split(separator);
  const parts: string[] = [];
  let from = 0;
  for (let at = indexOfUnescaped(text, separator); at >= 0;) {
    parts.push(text.slice(from, at));
    from = at + separator.length;
    at = indexOfUnescaped(text, separator, from);
  }
  parts.push(text.slice(from));
  return parts;
}

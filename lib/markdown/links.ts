/**
 * Reads inline links out of an entry's raw text. marked's inline lexer would lose the exact
 * text between links (a description after `:`, a `([github](…))` suffix), which the styles
 * need to tell fields from the user's own words; this reads just `[text](destination)`.
 */
import { unescapeInline } from './escape';

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

/** Index of the `]` closing the `[` at `open`, honouring escapes and nested brackets. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === '[') depth++;
    else if (char === ']' && --depth === 0) return i;
  }
  return -1;
}

/** Reads `(destination "title")` at `open`; null when it is not a link destination. */
function readDestination(text: string, open: number): { url: string; end: number } | null {
  if (text[open] !== '(') return null;
  let i = open + 1;
  while (text[i] === ' ') i++;
  let url = '';
  if (text[i] === '<') {
    i++;
    while (i < text.length && text[i] !== '>') {
      if (text[i] === '\\' && i + 1 < text.length) i++;
      if (text[i] === '\n') return null;
      url += text[i];
      i++;
    }
    if (text[i] !== '>') return null;
    i++;
  } else {
    let depth = 0;
    const start = i;
    while (i < text.length) {
      const char = text[i] as string;
      if (char === '\\' && i + 1 < text.length) {
        i += 2;
        continue;
      }
      if (char === ' ' || char === '\t' || char === '\n' || (char < ' ' && /\s/.test(char))) break;
      if (char === '(') depth++;
      if (char === ')') {
        if (depth === 0) break;
        depth--;
      }
      i++;
    }
    url = unescapeInline(text.slice(start, i));
  }
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
  return { url, end: i + 1 };
}

/** The link starting at `start` (`[` or `![`), or null. */
export function readLinkAt(text: string, start: number): RawLink | null {
  const image = text[start] === '!';
  const open = image ? start + 1 : start;
  if (text[open] !== '[') return null;
  const close = closingBracket(text, open);
  if (close < 0) return null;
  const destination = readDestination(text, close + 1);
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
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') {
      i++;
      continue;
    }
    if (char === '`') {
      // Links inside code spans are not links.
      const run = /^`+/.exec(text.slice(i))?.[0] ?? '`';
      const close = text.indexOf(run, i + run.length);
      if (close > 0) i = close + run.length - 1;
      continue;
    }
    if (char === '[' || (char === '!' && text[i + 1] === '[')) {
      const link = readLinkAt(text, i);
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

/**
 * An entry's inline text as a tree of atoms: links, images, emphasis and other wrappers
 * (`**…**`, `` `…` ``, `<kbd>…</kbd>`, `[…]`, `(…)`), raw HTML tags and plain text. Joining
 * every atom's `raw` gives the text back byte for byte, so a learned pattern can keep the
 * neighbours' literal text exactly and swap only the values it recognised.
 */
import { readLinkAt } from '../links';

export type Atom =
  | { t: 'text'; raw: string }
  | { t: 'html'; raw: string }
  | { t: 'link'; raw: string; open: string; url: string; inner: Atom[]; image: boolean }
  | { t: 'wrap'; raw: string; open: string; close: string; inner: Atom[] };

// `a` too: an anchor closed on its own line is one element (build.ts keeps or drops it whole).
const PAIRED_TAGS = new Set(['kbd', 'b', 'strong', 'i', 'em', 'code', 'sup', 'sub', 'span', 'a']);

/** End index (exclusive) of the bracket group opened at `open`, or -1. */
function balanced(text: string, open: number, left: string, right: string): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === left) depth++;
    else if (char === right && --depth === 0) return i + 1;
  }
  return -1;
}

/** Closing delimiter of an emphasis run opened at `at` (not across a link's brackets). */
function emphasisEnd(text: string, at: number, delim: string): number {
  const from = at + delim.length;
  if (/\s/.test(text[from] ?? ' ')) return -1;
  for (let i = from + 1; i <= text.length - delim.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] === '`') {
      const close = text.indexOf('`', i + 1);
      if (close > 0) i = close;
      continue;
    }
    if (!text.startsWith(delim, i) || /\s/.test(text[i - 1] ?? ' ')) continue;
    // `**a*b**`: a single `*` must not close on the first star of a `**`.
    if (delim.length === 1 && (text[i + 1] === delim || text[i - 1] === delim)) continue;
    if (delim[0] === '_' && /[\p{L}\p{N}]/u.test(text[i + delim.length] ?? '')) continue;
    return i + delim.length;
  }
  return -1;
}

function htmlTag(text: string, at: number): { end: number; name: string; closing: boolean } | null {
  const match = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)\b[^<>]*>/.exec(text.slice(at, at + 2000));
  if (!match) return null;
  return {
    end: at + match[0].length,
    name: (match[2] ?? '').toLowerCase(),
    closing: match[1] === '/',
  };
}

export function parseAtoms(text: string): Atom[] {
  const atoms: Atom[] = [];
  let plain = '';
  const flush = () => {
    if (plain) atoms.push({ t: 'text', raw: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (char === '\\') {
      plain += text.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (char === '[' || (char === '!' && text[i + 1] === '[')) {
      const link = readLinkAt(text, i);
      if (link) {
        flush();
        const open = link.image ? '![' : '[';
        atoms.push({
          t: 'link',
          raw: text.slice(i, link.end),
          open,
          url: link.url,
          inner: parseAtoms(link.rawText),
          image: link.image,
        });
        i = link.end;
        continue;
      }
      if (char === '[') {
        const end = balanced(text, i, '[', ']');
        if (end > 0) {
          flush();
          atoms.push(wrap(text.slice(i, end), '[', ']'));
          i = end;
          continue;
        }
      }
    }
    if (char === '(') {
      const end = balanced(text, i, '(', ')');
      if (end > 0) {
        flush();
        atoms.push(wrap(text.slice(i, end), '(', ')'));
        i = end;
        continue;
      }
    }
    if (char === '`') {
      const run = /^`+/.exec(text.slice(i, i + 10))?.[0] ?? '`';
      const close = text.indexOf(run, i + run.length);
      if (close > 0) {
        flush();
        const end = close + run.length;
        atoms.push({
          t: 'wrap',
          raw: text.slice(i, end),
          open: run,
          close: run,
          inner: [{ t: 'text', raw: text.slice(i + run.length, close) }],
        });
        i = end;
        continue;
      }
    }
    if (char === '*' || char === '_') {
      const delim = text[i + 1] === char ? char + char : char;
      const wordBefore = char === '_' && /[\p{L}\p{N}]/u.test(text[i - 1] ?? '');
      const end = wordBefore ? -1 : emphasisEnd(text, i, delim);
      if (end > 0) {
        flush();
        atoms.push(wrap(text.slice(i, end), delim, delim));
        i = end;
        continue;
      }
    }
    if (char === '<') {
      const tag = htmlTag(text, i);
      if (tag) {
        flush();
        const closeTag = `</${tag.name}>`;
        const close = tag.closing ? -1 : text.toLowerCase().indexOf(closeTag, tag.end);
        if (PAIRED_TAGS.has(tag.name) && close > 0) {
          const end = close + closeTag.length;
          atoms.push({
            t: 'wrap',
            raw: text.slice(i, end),
            open: text.slice(i, tag.end),
            close: text.slice(close, end),
            inner: parseAtoms(text.slice(tag.end, close)),
          });
          i = end;
        } else {
          atoms.push({ t: 'html', raw: text.slice(i, tag.end) });
          i = tag.end;
        }
        continue;
      }
    }
    // Plain text up to the next character that can open something: one slice, not a loop.
    SPECIAL.lastIndex = i + 1;
    const next = SPECIAL.exec(text);
    const stop = next ? next.index : text.length;
    plain += text.slice(i, stop);
    i = stop;
  }
  flush();
  return atoms;
}

const SPECIAL = /[\\[!(`*_<]/g;

function wrap(raw: string, open: string, close: string): Atom {
  return { t: 'wrap', raw, open, close, inner: parseAtoms(raw.slice(open.length, -close.length)) };
}

/** The text a reader sees: link and emphasis markup dropped, HTML tags dropped. */
export function plainText(atoms: Atom[]): string {
  return atoms
    .map((atom) => {
      if (atom.t === 'text') return atom.raw.replace(/\\(.)/g, '$1');
      if (atom.t === 'html') return '';
      if (atom.t === 'link') return atom.image ? '' : plainText(atom.inner);
      if (atom.open === '[' || atom.open === '(')
        return `${atom.open}${plainText(atom.inner)}${atom.close}`;
      return plainText(atom.inner);
    })
    .join('');
}

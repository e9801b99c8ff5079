/**
 * A new topic's place in an HTML table of contents (toc-html.ts): a copy of its last
 * sibling's line, row or link, with the new anchor (GitHub's) and the name HTML-escaped, its
 * number continuing the siblings' (`2.6` → `2.7`). A table whose rows hold one cell a line
 * gets the cell in the last row while it has room, else a new row like the others.
 */
import { isInsidePath } from '../topic-path';
import type { Doc } from './document';
import { safeDecode, type Slugger } from './toc-anchors';
import { elementEnd, HTML_LINK, type HtmlToc, type HtmlTocLink, rowAround } from './toc-html';

export interface TocEdits {
  /** Lines inserted before line `at`. */
  inserts: { at: number; lines: string[] }[];
  /** Lines whose text is replaced (a link added inside a line of several links). */
  rewrites: { line: number; text: string }[];
}

const NUMBER = /^(\d+(?:\.\d+)*)(\.?)(\s+)/;

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

interface Found {
  /** The whole `<a …>…</a>` and where it starts in the line. */
  html: string;
  index: number;
  inner: string;
  /** The visible text's number (`2.6`), the mark after it and the gap. */
  number?: { parts: number[]; dot: string; gap: string };
}

/** The link to `anchor` on a line (the first one when the line links it twice). */
function linkOn(text: string, anchor: string): Found | undefined {
  for (const match of text.matchAll(HTML_LINK)) {
    if (safeDecode(match[2] ?? '') !== anchor) continue;
    const inner = match[3] ?? '';
    const visible = inner.replace(/<[^>]*>/g, '').trim();
    const number = NUMBER.exec(visible);
    const found: Found = { html: match[0], index: match.index, inner };
    if (number)
      found.number = {
        parts: (number[1] ?? '').split('.').map(Number),
        dot: number[2] ?? '',
        gap: number[3] ?? ' ',
      };
    return found;
  }
  return undefined;
}

/** The inner HTML with its first run of text replaced, tags and spacing around it kept. */
function replaceText(inner: string, text: string): string {
  const parts = inner.split(/(<[^>]*>)/);
  const at = parts.findIndex((part, i) => i % 2 === 0 && part.trim() !== '');
  if (at < 0) return inner + text;
  const part = parts[at] ?? '';
  const lead = /^\s*/.exec(part)?.[0] ?? '';
  const trail = /\s*$/.exec(part)?.[0] ?? '';
  parts[at] = lead + text + trail;
  return parts.join('');
}

/** A copy of `link` pointing at `anchor`, showing `name` after `number` when it has one. */
function relink(link: Found, anchor: string, name: string, number: string | null): string {
  const visible =
    number === null || !link.number ? name : `${number}${link.number.dot}${link.number.gap}${name}`;
  const close = link.html.lastIndexOf('</');
  const openEnd = link.html.length - link.inner.length - (link.html.length - close);
  const open = link.html
    .slice(0, openEnd)
    .replace(/(\bhref\s*=\s*["'])#[^"']*/i, (_, lead: string) => `${lead}#${anchor}`);
  return `${open}${replaceText(link.inner, escapeHtml(visible))}${link.html.slice(close)}`;
}

/** `</li>` when the element opened first on `line` closes on a later line, else ''. */
function closingTag(doc: Doc, toc: HtmlToc, line: number): string {
  if (elementEnd(doc, toc, line) === line) return '';
  const tag = /^\s*<([a-z][\w-]*)/i.exec(doc.lines[line]?.text ?? '')?.[1];
  return tag ? `</${tag}>` : '';
}

function pathOf(doc: Doc, link: HtmlTocLink): string {
  return doc.headings[link.heading]?.path ?? '';
}

/** Cells a row holds, most of any row in the TOC (1 when rows are lines of their own). */
function widestRow(doc: Doc, toc: HtmlToc): number {
  let widest = 1;
  let cells = -1;
  for (let line = toc.start; line < toc.end; line++) {
    const text = doc.lines[line]?.text ?? '';
    if (/^\s*<tr\b[^>]*>\s*$/i.test(text)) cells = 0;
    else if (/^\s*<\/tr\s*>\s*$/i.test(text)) {
      widest = Math.max(widest, cells);
      cells = -1;
    } else if (cells >= 0 && text.includes('href')) cells++;
  }
  return widest;
}

/**
 * Edits that give the topics added under `parent` their place in the HTML TOC; null when
 * the TOC has no line at the new topics' level (it stops above them) or no place for them.
 */
export function htmlTocInsertion(
  doc: Doc,
  toc: HtmlToc,
  slugger: Slugger,
  parent: string,
  /** Each new topic's name and depth below `parent`, in document order. */
  added: { depth: number; name: string }[],
  /** The line the new heading goes before: a sibling from there on keeps its place after. */
  before = Infinity,
): TocEdits | null {
  const linked = toc.links.filter((link) => link.heading >= 0);
  const own = parent ? linked.find((link) => pathOf(doc, link) === parent) : undefined;
  const parentDepth = parent ? (own?.depth ?? -1) : 0;
  if (parentDepth < 0 || !added.length) return null;
  const inside = linked.filter((link) => {
    const path = pathOf(doc, link);
    return path !== parent && link.depth > 0 && (parent === '' || isInsidePath(path, parent));
  });
  const siblings = inside.filter((link) => link.depth === parentDepth + 1);
  const atDepth = (depth: number) => linked.filter((link) => link.depth === depth).at(-1);
  const template = siblings.at(-1) ?? atDepth(parentDepth + 1);
  if (!template) return null;
  const templateText = doc.lines[template.line]?.text ?? '';
  const first = linkOn(templateText, template.anchor);
  if (!first) return null;
  // The first new topic's number: after the last sibling's, or the parent's followed by 1.
  let number: number[] | null = null;
  if (siblings.length && first.number)
    number = [...first.number.parts.slice(0, -1), (first.number.parts.at(-1) ?? 0) + 1];
  else if (own && first.number) {
    const parentLink = linkOn(doc.lines[own.line]?.text ?? '', own.anchor);
    number = parentLink?.number ? [...parentLink.number.parts, 1] : null;
  }
  // A sibling whose heading comes after the new one (trailing matter, a later year).
  const next = siblings.find((link) => (doc.headings[link.heading]?.firstLine ?? -1) >= before);
  const nextLink = next ? linkOn(doc.lines[next.line]?.text ?? '', next.anchor) : undefined;
  if (nextLink?.number && number) number = nextLink.number.parts;
  const last = [own, ...inside].reduce<HtmlTocLink | undefined>(
    (latest, link) => (link && (!latest || link.line >= latest.line) ? link : latest),
    undefined,
  );
  if (!last) return null;

  // Several links on the template's line: the new link joins that line after the sibling's.
  const linksOnLine = [...templateText.matchAll(HTML_LINK)];
  if (linksOnLine.length > 1) {
    if (!siblings.length || template.line !== last.line) return null;
    const at = linksOnLine.findIndex((match) => match.index === first.index);
    const previous = linksOnLine[at - 1];
    const next = linksOnLine[at + 1];
    const sep = previous
      ? templateText.slice(previous.index + previous[0].length, first.index)
      : next
        ? templateText.slice(first.index + first.html.length, next.index)
        : ' ';
    let text = templateText.slice(0, first.index + first.html.length);
    let n = number;
    for (const entry of added.filter((e) => e.depth === 0)) {
      text += sep + relink(first, slugger.slug(entry.name), entry.name, n ? n.join('.') : null);
      n = n ? [...n.slice(0, -1), (n.at(-1) ?? 0) + 1] : null;
    }
    text += templateText.slice(first.index + first.html.length);
    return { inserts: [], rewrites: [{ line: template.line, text }] };
  }

  // One link a line: each new topic gets a copy of its level's line (cells packed in rows).
  const widest = widestRow(doc, toc);
  const numbers: (number[] | null)[] = [];
  const written: { text: string; row: { open: string; close: string } | null }[] = [];
  for (const entry of added) {
    const level = entry.depth === 0 ? template : atDepth(parentDepth + 1 + entry.depth);
    const lineText = level ? (doc.lines[level.line]?.text ?? '') : '';
    const link = level ? linkOn(lineText, level.anchor) : undefined;
    if (!level || !link) break; // the TOC stops above this depth: no line here or below
    const above = numbers[entry.depth - 1];
    let mine: number[] | null = entry.depth === 0 ? number : above ? [...above, 1] : null;
    const previous = numbers[entry.depth];
    if (entry.depth > 0 && previous && above && previous.length === above.length + 1)
      mine = [...above, (previous.at(-1) ?? 0) + 1];
    if (entry.depth === 0 && previous)
      mine = [...previous.slice(0, -1), (previous.at(-1) ?? 0) + 1];
    numbers[entry.depth] = mine;
    numbers.length = entry.depth + 1;
    const anchor = slugger.slug(entry.name);
    const html = relink(link, anchor, entry.name, mine ? mine.join('.') : null);
    const row = rowAround(doc, toc, level.line);
    written.push({
      // Trailing spaces some lines carry are not part of the form; an item whose sub-list
      // follows on later lines (`<li><a …>…</a>` … `</li>`) is closed on its own line.
      text:
        (
          lineText.slice(0, link.index) +
          html +
          lineText.slice(link.index + link.html.length)
        ).trimEnd() + closingTag(doc, toc, level.line),
      row: row
        ? {
            open: (doc.lines[row.open]?.text ?? '').trimEnd(),
            close: (doc.lines[row.close]?.text ?? '').trimEnd(),
          }
        : null,
    });
  }
  if (!written.length) return null;
  // Lines of their own go before that sibling's line; cells in rows still go at the end.
  const alone = (line: number) =>
    [...(doc.lines[line]?.text ?? '').matchAll(HTML_LINK)].length === 1;
  if (next && alone(next.line) && !written.some((w) => w.row) && !rowAround(doc, toc, next.line))
    return { inserts: [{ at: next.line, lines: written.map((w) => w.text) }], rewrites: [] };
  const inserts: TocEdits['inserts'] = [];
  const lastRow = rowAround(doc, toc, last.line);
  let queue = written;
  if (lastRow && written[0]?.row) {
    const room = widest - (lastRow.close - lastRow.open - 1);
    let fit = 0;
    while (fit < room && queue[fit]?.row) fit++;
    if (fit) inserts.push({ at: lastRow.close, lines: queue.slice(0, fit).map((w) => w.text) });
    queue = queue.slice(fit);
  }
  const lines: string[] = [];
  for (let i = 0; i < queue.length;) {
    const row = queue[i]?.row;
    if (!row) {
      lines.push(queue[i]?.text ?? '');
      i++;
      continue;
    }
    lines.push(row.open);
    for (let n = 0; n < widest && queue[i]?.row; n++, i++) lines.push(queue[i]?.text ?? '');
    lines.push(row.close);
  }
  // After the last line of the parent's part of the TOC, and after the end of the last
  // sibling's element (a `<li>` closes after its own sub-list).
  const lastSibling = siblings.at(-1);
  const after = Math.max(
    lastRow ? lastRow.close : elementEnd(doc, toc, last.line),
    lastSibling ? elementEnd(doc, toc, lastSibling.line) : -1,
  );
  if (lines.length) inserts.push({ at: after + 1, lines });
  return { inserts, rewrites: [] };
}

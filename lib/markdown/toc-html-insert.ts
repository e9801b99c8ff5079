/**
 * A new topic's place in an HTML table of contents (toc-html.ts): a copy of its sibling's
 * line, row cell or link, with the new anchor (GitHub's) and the name HTML-escaped, its
 * number continuing the siblings' (`2.6` → `2.7`), right after the last sibling's part of
 * the TOC, or before the sibling whose heading stays after the new one (trailing matter, a
 * later year). Cells of rows are packed as the rows are (toc-html-rows.ts).
 */
import { isInsidePath } from '../topic-path';
import type { Doc } from './document';
import { safeDecode } from './toc-anchors';
import { elementEnd, HTML_LINK, type HtmlToc, type HtmlTocLink, rowAround } from './toc-html';
import type { NewTocEntry } from './toc';
import { placeCells, type WrittenLine } from './toc-html-rows';
import { readNumber, withNumber, type WrittenNumber } from './toc-numbers';

export interface TocEdits {
  /** Lines inserted before line `at`. */
  inserts: { at: number; lines: string[] }[];
  /** Lines whose text is replaced (a link added inside a line of several links). */
  rewrites: { line: number; text: string }[];
}

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
  number?: WrittenNumber;
}

/** The link to `anchor` on a line (the first one when the line links it twice). */
function linkOn(text: string, anchor: string): Found | undefined {
  for (const match of text.matchAll(HTML_LINK)) {
    if (safeDecode(match[2] ?? '') !== anchor) continue;
    const inner = match[3] ?? '';
    const number = readNumber(inner.replace(/<[^>]*>/g, '').trim());
    const found: Found = { html: match[0], index: match.index, inner };
    if (number) found.number = number;
    return found;
  }
  return undefined;
}

/** The number shown by the link to `anchor` on a line. */
export function linkNumber(text: string, anchor: string): WrittenNumber | null {
  return linkOn(text, anchor)?.number ?? null;
}

/** The inner HTML with its first run of text changed by `change`, the tags around it kept. */
function changeText(inner: string, change: (run: string) => string): string {
  const parts = inner.split(/(<[^>]*>)/);
  const at = parts.findIndex((part, i) => i % 2 === 0 && part.trim() !== '');
  if (at < 0) return inner + change('');
  parts[at] = change(parts[at] ?? '');
  return parts.join('');
}

/** The inner HTML with its first run of text replaced, spacing around it kept. */
function replaceText(inner: string, text: string): string {
  return changeText(inner, (part) => {
    const lead = /^\s*/.exec(part)?.[0] ?? '';
    const trail = /\s*$/.exec(part)?.[0] ?? '';
    return lead + text + trail;
  });
}

/** A link's opening tag and its closing tag. */
function tagsOf(link: Found): { open: string; close: string } {
  const close = link.html.lastIndexOf('</');
  return { open: link.html.slice(0, close - link.inner.length), close: link.html.slice(close) };
}

/** A copy of `link` pointing at `anchor`, showing `name` after `number` when it has one. */
function relink(link: Found, anchor: string, name: string, number: string | null): string {
  const visible =
    number === null || !link.number ? name : `${number}${link.number.dot}${link.number.gap}${name}`;
  const tags = tagsOf(link);
  const open = tags.open.replace(
    /(\bhref\s*=\s*["'])#[^"']*/i,
    (_, lead: string) => `${lead}#${anchor}`,
  );
  return `${open}${replaceText(link.inner, escapeHtml(visible))}${tags.close}`;
}

/** The line with the link to `anchor` showing `parts` as its number (toc-numbers.ts). */
export function renumberLink(
  text: string,
  anchor: string,
  parts: number[],
  form: WrittenNumber,
): string {
  const link = linkOn(text, anchor);
  if (!link) return text;
  const tags = tagsOf(link);
  const inner = changeText(link.inner, (run) => withNumber(run, parts, form));
  const html = `${tags.open}${inner}${tags.close}`;
  return text.slice(0, link.index) + html + text.slice(link.index + link.html.length);
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

/** The new topics' links with the TOC level each stands at (what renumbering reads). */
export interface FreshLinks {
  anchor: string;
  depth: number;
}

/**
 * Edits that give the topics added under `parent` their place in the HTML TOC; null when
 * the TOC has no line at the new topics' level (it stops above them) or no place for them.
 */
export function htmlTocInsertion(
  doc: Doc,
  toc: HtmlToc,
  parent: string,
  /** Each new topic's name, depth below `parent` and anchor (toc.ts), in document order. */
  added: NewTocEntry[],
  /** The line the new heading goes before: a sibling from there on keeps its place after. */
  before = Infinity,
  /** A line's text as it stands (another topic's link may have joined it in this export). */
  text: (line: number) => string = (line) => doc.lines[line]?.text ?? '',
): (TocEdits & { fresh: FreshLinks[] }) | null {
  const linked = toc.links.filter((link) => link.heading >= 0);
  const own = parent ? linked.find((link) => pathOf(doc, link) === parent) : undefined;
  const parentDepth = parent ? (own?.depth ?? -1) : 0;
  if (parentDepth < 0 || !added.length) return null;
  const inside = linked.filter((link) => {
    const path = pathOf(doc, link);
    return path !== parent && link.depth > 0 && (parent === '' || isInsidePath(path, parent));
  });
  const siblings = inside.filter((link) => link.depth === parentDepth + 1);
  // A sibling whose heading comes after the new one (trailing matter, a later year): the new
  // lines go right before its line, shaped like the sibling before it.
  const nextAt = siblings.findIndex(
    (link) => (doc.headings[link.heading]?.firstLine ?? -1) >= before,
  );
  const next = siblings[nextAt];
  const atDepth = (depth: number) => linked.filter((link) => link.depth === depth).at(-1);
  const template =
    (next ? (siblings[nextAt - 1] ?? next) : siblings.at(-1)) ?? atDepth(parentDepth + 1);
  if (!template) return null;
  const templateText = text(template.line);
  const first = linkOn(templateText, template.anchor);
  if (!first) return null;
  // The first new topic's number: after the sibling's before it, or the parent's followed
  // by 1 (toc-numbers.ts numbers the lines after it again).
  let number: number[] | null = null;
  if (siblings.length && first.number)
    number = [...first.number.parts.slice(0, -1), (first.number.parts.at(-1) ?? 0) + 1];
  else if (own && first.number) {
    const parentLink = linkOn(text(own.line), own.anchor);
    number = parentLink?.number ? [...parentLink.number.parts, 1] : null;
  }
  const nextLink = next ? linkOn(text(next.line), next.anchor) : undefined;
  if (nextLink?.number && number) number = nextLink.number.parts;
  // The link the new lines follow: the last of the parent's part of the TOC, or the last
  // one before `next`.
  const family = [own, ...inside].filter((link): link is HtmlTocLink => link !== undefined);
  const last = next
    ? linked[linked.indexOf(next) - 1]
    : family.reduce<HtmlTocLink | undefined>(
        (latest, link) => (!latest || link.line >= latest.line ? link : latest),
        undefined,
      );
  if (!last) return null;

  // Several links on the template's line: the new links join that line, after the
  // sibling's link or before the link of the sibling that stays after them.
  const linksOnLine = [...templateText.matchAll(HTML_LINK)];
  if (linksOnLine.length > 1) {
    const beforeNext = next !== undefined && next.line === template.line && nextLink;
    if (!siblings.length || (!beforeNext && template.line !== last.line)) return null;
    const at = linksOnLine.findIndex((match) => match.index === first.index);
    const previous = linksOnLine[at - 1];
    const following = linksOnLine[at + 1];
    const sep = previous
      ? templateText.slice(previous.index + previous[0].length, first.index)
      : following
        ? templateText.slice(first.index + first.html.length, following.index)
        : ' ';
    const links: string[] = [];
    const fresh: FreshLinks[] = [];
    let n = number;
    for (const entry of added.filter((e) => e.depth === 0)) {
      const anchor = entry.anchor;
      links.push(relink(first, anchor, entry.name, n ? n.join('.') : null));
      fresh.push({ anchor, depth: parentDepth + 1 });
      n = n ? [...n.slice(0, -1), (n.at(-1) ?? 0) + 1] : null;
    }
    const cut = beforeNext ? beforeNext.index : first.index + first.html.length;
    const joined = beforeNext
      ? links.map((link) => link + sep).join('')
      : links.map((link) => sep + link).join('');
    const line = template.line;
    const rewrites = [
      { line, text: templateText.slice(0, cut) + joined + templateText.slice(cut) },
    ];
    return { inserts: [], rewrites, fresh };
  }

  // One link a line: each new topic gets a copy of its level's line (cells packed in rows).
  const numbers: (number[] | null)[] = [];
  const written: WrittenLine[] = [];
  const fresh: FreshLinks[] = [];
  for (const entry of added) {
    const level = entry.depth === 0 ? template : atDepth(parentDepth + 1 + entry.depth);
    const lineText = level ? text(level.line) : '';
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
    const anchor = entry.anchor;
    fresh.push({ anchor, depth: parentDepth + 1 + entry.depth });
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
            open: text(row.open).trimEnd(),
            close: text(row.close).trimEnd(),
          }
        : null,
    });
  }
  if (!written.length) return null;
  // Right before the sibling that stays after them, when it has a line (or cell) of its own.
  const alone = (line: number) => [...text(line).matchAll(HTML_LINK)].length === 1;
  if (next && alone(next.line)) {
    const inserts = placeCells(doc, toc, written, last.line, next.line, next.line);
    return { inserts, rewrites: [], fresh };
  }
  // After the last line of the parent's part of the TOC, and after the end of the last
  // sibling's element (a `<li>` closes after its own sub-list).
  const lastRow = rowAround(doc, toc, last.line);
  const lastSibling = siblings.at(-1);
  const after = Math.max(
    lastRow ? lastRow.close : elementEnd(doc, toc, last.line),
    lastSibling ? elementEnd(doc, toc, lastSibling.line) : -1,
  );
  const inserts = placeCells(doc, toc, written, last.line, undefined, after + 1);
  return { inserts, rewrites: [], fresh };
}

/**
 * Finding a document's table of contents by its structure, wherever it stands: a run of
 * list items whose links are `#anchors` of the document's own headings. Bullets or
 * numbers, nesting by indentation or by repeated `- - ` markers, a line for the title and
 * one for the TOC itself, group lines without a link: all are TOCs.
 */
import { type LineTexts, textsOf } from './line-texts';
import type { Doc, ListItemSpan } from './document';
import { isBlank } from './lines';
import { headingAnchors, safeDecode } from './toc-anchors';

/** One TOC line, cut into the parts a new line copies. */
export interface TocLineShape {
  /** Whitespace before the first marker. */
  indent: string;
  /** `- ` markers written before the line's own marker (`- - [x](#x)` has one). */
  dashes: number;
  /** The line's own marker: `-`, `*`, `+`, or a number with `.`/`)`. */
  marker: string;
  /** The number of a numbered marker. */
  number?: number;
  /** Whitespace after the marker. */
  gap: string;
  /** The link's text, as written (null for a group line without a link). */
  text: string | null;
  /** The link's destination as written, and its anchor (decoded, no `#`). */
  href: string;
  anchor: string;
  /**
   * What the destination holds before `#`: '' for an in-page link; the document's own
   * address for a TOC written with full links (`https://github.com/o/r#x`, `./README.md#x`).
   */
  base: string;
}

const ITEM = /^(\s*)((?:[-*+] +)*)([-*+]|\d{1,9}[.)])( +|$)(.*)$/;
const LINK_ONLY = /^\[((?:[^\]\\]|\\.)*)\]\(([^)\s]*)\)\s*$/;

/** A TOC-shaped list line: a marker and one link, or a marker and short plain text (a group). */
export function readTocLine(text: string): TocLineShape | null {
  const item = ITEM.exec(text);
  if (!item) return null;
  const [, indent = '', dashRun = '', marker = '', gap = '', rest = ''] = item;
  const dashes = (dashRun.match(/[-*+]/g) ?? []).length;
  const number = /^\d/.test(marker) ? Number.parseInt(marker, 10) : undefined;
  const base = { indent, dashes, marker, gap, ...(number === undefined ? {} : { number }) };
  const link = LINK_ONLY.exec(rest.trim());
  if (link) {
    const href = link[2] ?? '';
    const hash = href.indexOf('#');
    return {
      ...base,
      text: link[1] ?? '',
      href,
      // Any link with a fragment may lead into this document: findToc decides, from all the
      // list's links sharing one address and their anchors naming this document's headings.
      anchor: hash < 0 ? '' : safeDecode(href.slice(hash + 1)),
      base: hash < 0 ? href : href.slice(0, hash),
    };
  }
  // A group line (`- Papers`) holds lines under it; anything with a link or long prose is no TOC.
  if (rest.trim() && !/[[\]()<>]/.test(rest) && rest.trim().length <= 60)
    return { ...base, text: null, href: '', anchor: '', base: '' };
  return null;
}

/** Whether a list item or entry is part of the document's TOC. */
export function inToc(doc: Doc, span: { list: number; start: number }): boolean {
  return doc.toc !== undefined && span.list === doc.toc.list && span.start < doc.toc.end;
}

/** Nesting width of a line: its marker's column (tabs count four). */
export function tocWidth(shape: TocLineShape): number {
  return shape.indent.replace(/\t/g, '    ').length + 2 * shape.dashes;
}

/**
 * The first list whose every line is TOC-shaped and whose anchors lead, mostly, to headings
 * that follow it (at least two). The anchors of a list of links to other pages never do.
 */
export function findToc(
  doc: Doc,
  /** The line texts; an import passes its line store so `doc.lines` is not built (line-texts.ts). */
  lines: LineTexts = textsOf(doc.lines),
): Doc['toc'] {
  const bounds = new Map<number, { first: ListItemSpan; last: ListItemSpan }>();
  for (const item of doc.items) {
    const known = bounds.get(item.list);
    if (known) known.last = item;
    else bounds.set(item.list, { first: item, last: item });
  }
  let anchors: Map<string, number> | undefined;
  for (const [list, { first, last }] of [...bounds].sort(
    (a, b) => a[1].first.start - b[1].first.start,
  )) {
    let links = 0;
    let ok = true;
    const targets: string[] = [];
    const bases = new Set<string>();
    // The TOC ends with its last link into the document: entries saved under it, in the same
    // Markdown list (a blank line does not end a list), are no part of it.
    let end = first.start;
    let pending = 0;
    for (let i = first.start; i < last.end && ok; i++) {
      const text = lines.text(i);
      if (isBlank(text)) continue;
      const shape = readTocLine(text);
      if (!shape) ok = false;
      else if (shape.text !== null && shape.anchor) {
        links += pending + 1;
        pending = 0;
        targets.push(shape.anchor);
        bases.add(shape.base);
        end = i + 1;
      } else if (shape.text !== null) pending++;
    }
    // Anchors into one document: in-page (`#x`) or all at one address (`…/README.md#x`).
    if (bases.size > 1) continue;
    if (!ok || targets.length < 2) continue;
    anchors ??= headingAnchors(doc);
    const known = anchors;
    const hits = targets.filter((anchor) => {
      const heading = known.get(anchor.toLowerCase());
      return heading !== undefined && (doc.headings[heading]?.line ?? 0) >= first.start - 1;
    }).length;
    // A TOC that lists the heading above it (its own) still has most anchors after it.
    if (hits >= 2 && hits * 2 >= links) {
      // Lines right below the last link (no blank line between) are the TOC's too.
      while (end < last.end && !isBlank(lines.text(end))) end++;
      return { start: first.start, end, list };
    }
  }
  return undefined;
}

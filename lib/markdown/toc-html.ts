/**
 * Tables of contents written in HTML: a `<table>` of links (a row a line, or a cell a line
 * inside `<tr>` … `</tr>`), a `<ul>`/`<ol>` of `<li><a href="#x">` lines, links in a `<div>`
 * or `<p>`. Found by structure: a run of lines that hold nothing but in-page links, tags and
 * numbers, whose anchors lead to the document's own headings below it. Each link's level is
 * the level of the heading it leads to, so the markup's nesting scheme does not matter.
 */
import { splitTopicPath } from '../topic-path';
import type { Doc } from './document';
import { headingAnchors, safeDecode } from './toc-anchors';

export interface HtmlTocLink {
  line: number;
  /** The anchor, decoded, without `#`. */
  anchor: string;
  /** Index of the heading the anchor leads to (-1: none). */
  heading: number;
  /** Number of parts of that heading's topic path (0: the title). */
  depth: number;
}

export interface HtmlToc {
  start: number;
  end: number;
  links: HtmlTocLink[];
}

/** An in-page link: its quote, anchor and inner HTML. */
export const HTML_LINK = /<a\s[^>]*?\bhref\s*=\s*(["'])#([^"']*)\1[^>]*>([\s\S]*?)<\/a\s*>/gi;
const TAG = /<[^>]*>/g;
const ENTITY = /&(?:[a-z]+|#\d+|#x[\da-f]+);/gi;

/** Whether a line holds only in-page links, tags, spacing entities and numbering. */
function tocShaped(text: string): boolean {
  if (!text.includes('<')) return false;
  const rest = text.replace(HTML_LINK, '').replace(TAG, '').replace(ENTITY, '');
  return /^[\s\d.)|·•*-]*$/.test(rest);
}

function linksOf(text: string): string[] {
  return [...text.matchAll(HTML_LINK)].map((match) => safeDecode(match[2] ?? ''));
}

/** The first run of TOC-shaped lines whose anchors lead, mostly, to headings below it. */
export function findHtmlToc(doc: Doc): HtmlToc | undefined {
  let anchors: Map<string, number> | undefined;
  const { lines } = doc;
  for (let start = doc.frontMatterEnd; start < lines.length; start++) {
    if (!tocShaped(lines[start]?.text ?? '')) continue;
    let end = start;
    while (end < lines.length && tocShaped(lines[end]?.text ?? '')) end++;
    const found: { line: number; anchor: string }[] = [];
    for (let line = start; line < end; line++)
      for (const anchor of linksOf(lines[line]?.text ?? '')) found.push({ line, anchor });
    const first = start;
    start = end;
    if (found.length < 2) continue;
    anchors ??= headingAnchors(doc);
    const known = anchors;
    const links = found.map(({ line, anchor }): HtmlTocLink => {
      const heading = known.get(anchor.toLowerCase()) ?? -1;
      const target = doc.headings[heading];
      const below = target !== undefined && target.line >= first - 1;
      const depth = target?.path ? splitTopicPath(target.path).length : 0;
      return { line, anchor, heading: below ? heading : -1, depth };
    });
    const hits = links.filter((link) => link.heading >= 0).length;
    if (hits >= 2 && hits * 2 >= links.length) return { start: first, end, links };
  }
  return undefined;
}

/** Whether a line is only an opening `<tr>` or only a closing `</tr>`. */
const ROW_OPEN = /^\s*<tr\b[^>]*>\s*$/i;
const ROW_CLOSE = /^\s*<\/tr\s*>\s*$/i;

/** The `<tr>` … `</tr>` lines around a cell written on a line of its own, if it is one. */
export function rowAround(
  doc: Doc,
  toc: HtmlToc,
  line: number,
): { open: number; close: number } | null {
  if (/<\/?tr\b/i.test(doc.lines[line]?.text ?? '')) return null;
  let open = line - 1;
  while (open >= toc.start && !ROW_OPEN.test(doc.lines[open]?.text ?? '')) {
    if (/<\/?tr\b/i.test(doc.lines[open]?.text ?? '')) return null;
    open--;
  }
  let close = line + 1;
  while (close < toc.end && !ROW_CLOSE.test(doc.lines[close]?.text ?? '')) {
    if (/<\/?tr\b/i.test(doc.lines[close]?.text ?? '')) return null;
    close++;
  }
  if (open < toc.start || close >= toc.end) return null;
  return { open, close };
}

/** The line where the element opened first on `line` closes (`line` itself for one-liners). */
export function elementEnd(doc: Doc, toc: HtmlToc, line: number): number {
  const tag = /^\s*<([a-z][\w-]*)/i.exec(doc.lines[line]?.text ?? '')?.[1];
  if (!tag) return line;
  const open = new RegExp(`<${tag}\\b`, 'gi');
  const close = new RegExp(`</${tag}\\s*>`, 'gi');
  let depth = 0;
  for (let at = line; at < toc.end; at++) {
    const text = doc.lines[at]?.text ?? '';
    depth += (text.match(open) ?? []).length - (text.match(close) ?? []).length;
    if (depth <= 0) return at;
  }
  return line;
}

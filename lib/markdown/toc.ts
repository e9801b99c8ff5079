/**
 * Table of contents upkeep: a new topic gets a line in the document's TOC among its
 * siblings' lines, written like them (indentation or `- - ` nesting, marker, next number,
 * bold text), with the anchor its heading gets: GitHub's, or the siblings' own scheme when
 * it can be derived from the heading (the same text with its case kept).
 */
import { escapeTopicName, splitTopicPath } from '../topic-path';
import { TOPIC_SEPARATOR } from '../types';
import type { Doc } from './document';
import { escapeInline } from './escape';
import { headingAnchors, slugBase, slugKeepCase } from './toc-anchors';
import { readTocLine, type TocLineShape, tocWidth } from './toc-find';

export interface TocLine extends TocLineShape {
  line: number;
  /** The link's text ('' for a group line). */
  text: string;
  /** The anchor the line links to (kept for callers that compare slugs). */
  slug: string;
  width: number;
  /** Index of the heading the anchor leads to. */
  heading?: number;
}

export function tocLines(doc: Doc): TocLine[] {
  const out: TocLine[] = [];
  if (!doc.toc) return out;
  const anchors = headingAnchors(doc);
  for (let i = doc.toc.start; i < doc.toc.end; i++) {
    const shape = readTocLine(doc.lines[i]?.text ?? '');
    if (!shape) continue;
    const heading = shape.anchor ? anchors.get(shape.anchor.toLowerCase()) : undefined;
    const line: TocLine = {
      ...shape,
      line: i,
      text: shape.text ?? '',
      slug: shape.anchor,
      width: tocWidth(shape),
    };
    if (heading !== undefined) line.heading = heading;
    out.push(line);
  }
  return out;
}

/** The TOC line that stands for a topic path, if the document's TOC has one. */
export function tocLineFor(doc: Doc, path: string): TocLine | undefined {
  const lines = tocLines(doc);
  const index = tocPaths(doc, lines).indexOf(path);
  return index < 0 ? undefined : lines[index];
}

/**
 * The topic path each TOC line stands for: the path its nesting spells when that is a topic
 * (a title line is no topic), else the heading its anchor leads to.
 */
function tocPaths(doc: Doc, lines: TocLine[]): string[] {
  const stack: { width: number; text: string }[] = [];
  const topics = new Set(doc.topics);
  return lines.map((line, index) => {
    while (stack.length && (stack[stack.length - 1]?.width ?? 0) >= line.width) stack.pop();
    stack.push({ width: line.width, text: line.text });
    // Each line's text is one topic's name, even when it holds ` / ` (topic-path.ts).
    const parts = stack.map((part) => escapeTopicName(part.text));
    if (lines[0]?.text === doc.title && index > 0 && stack[0]?.text === doc.title) parts.shift();
    const nested = parts.join(TOPIC_SEPARATOR);
    // Nesting that spells a topic wins: generated TOCs number repeated headings their own
    // way (the seed's `#other` is the second `Other`), so an anchor may name another one.
    if (topics.has(nested)) return nested;
    const heading = line.heading === undefined ? undefined : doc.headings[line.heading];
    return heading ? heading.path : nested;
  });
}

/**
 * Whether a TOC whose lines stand for `paths` has a place for a topic `depth` levels deep.
 * One that lists that level has; one that stops above the levels the document has does not
 * (it lists chapters only), nor does a flat one; a nested one that lists every level the
 * document has grows one deeper under the new topic's parent's line (`withParent`).
 */
export function listsDepth(
  doc: Doc,
  lines: TocLine[],
  paths: string[],
  depth: number,
  withParent: boolean,
): boolean {
  const depthOf = (path: string) => (path ? splitTopicPath(path).length : 0);
  const listed = paths.reduce((max, path) => Math.max(max, depthOf(path)), 0);
  if (depth <= listed) return true;
  const deepest = doc.topics.reduce((max, path) => Math.max(max, depthOf(path)), 0);
  const flat = lines.every((line) => line.width === lines[0]?.width);
  return withParent && !flat && listed >= deepest;
}

/** A new topic's heading: its name and depth below the topic it was added to. */
export interface NewTopicHeading {
  depth: number;
  name: string;
}

/**
 * A new topic's TOC entry: its heading and the anchor its line links to, one no old heading
 * has; toc-update.ts puts the anchor the heading gets in the final order in its place.
 */
export interface NewTocEntry extends NewTopicHeading {
  anchor: string;
}

/**
 * How one level of nesting is written: more indentation, or one more `- ` before the marker.
 * The first child line of a line at `line`'s level shows both the indentation and the
 * marker (`9. [A](#a)` over `   - [B](#b)`); without one, any child line shows the
 * indentation and the marker is `line`'s own.
 */
function deeper(lines: TocLine[], line: TocLine): TocLine {
  if (lines.some((other) => other.dashes > 0))
    return { ...line, dashes: line.dashes + 1, ...numbered(line, 1) };
  let unit: string | undefined;
  let child: TocLine | undefined;
  for (let i = 1; i < lines.length && !child; i++) {
    const [a, b] = [lines[i - 1], lines[i]];
    if (!a || !b || b.width <= a.width || !b.indent.startsWith(a.indent)) continue;
    if (a.width === line.width) child = b;
    if (unit === undefined || child) unit = b.indent.slice(a.indent.length);
  }
  if (unit === undefined)
    unit = line.number === undefined ? '  ' : ' '.repeat(line.marker.length + 1);
  const shape = child ?? line;
  return { ...shape, indent: line.indent + unit, ...numbered(shape, 1) };
}

function numbered(line: TocLine, number: number): Partial<TocLine> {
  if (line.number === undefined) return {};
  return { number, marker: `${number}${line.marker.slice(-1)}` };
}

/**
 * When the new topic's heading goes before a sibling's (trailing matter such as Contributing
 * or License, or a year that comes later), its TOC line goes before that sibling's line too,
 * shaped like the sibling before it and numbered in its place.
 */
function siblingAfter(
  doc: Doc,
  siblings: TocLine[],
  before: number,
): { template: TocLine; after: number } | undefined {
  const index = siblings.findIndex((line) => {
    const heading = line.heading === undefined ? undefined : doc.headings[line.heading];
    return heading !== undefined && !heading.isTitle && heading.firstLine >= before;
  });
  const next = siblings[index];
  if (!next) return undefined;
  const shape = siblings[index - 1] ?? next;
  return { template: { ...shape, ...numbered(shape, next.number ?? 0) }, after: next.line - 1 };
}

/** How the siblings spell anchors: GitHub's, or the same with the heading's case kept. */
function anchorScheme(doc: Doc, siblings: TocLine[], slugs: string[]): 'github' | 'case' {
  let github = 0;
  let kept = 0;
  for (const line of siblings) {
    const heading = line.heading === undefined ? undefined : doc.headings[line.heading];
    if (!heading || line.heading === undefined) continue;
    // An id the author set in HTML (`<a name="GAN">`) says nothing about generated anchors.
    const before = doc.lines.slice(Math.max(0, heading.firstLine - 3), heading.firstLine);
    if (before.some((l) => l.text.includes(`"${line.anchor}"`))) continue;
    if (line.anchor === slugs[line.heading]) github++;
    else if (line.anchor === slugKeepCase(heading.text)) kept++;
  }
  return kept > github ? 'case' : 'github';
}

/** A TOC line like `template` for `text`; `base` is the address the TOC's links share. */
function write(template: TocLine, text: string, anchor: string, base: string): string {
  const bold = /^\*\*.*\*\*$/.test(template.text) ? '**' : '';
  return `${template.indent}${'- '.repeat(template.dashes)}${template.marker}${template.gap || ' '}[${bold}${escapeInline(text)}${bold}](${base}#${anchor})`;
}

/**
 * TOC lines for topics added under `parent`: after the parent's last descendant line, shaped
 * like the parent's children (one level deeper than the parent when it has none); at the
 * end of the TOC, like its top-level lines, when the parent has no line. Null without a TOC.
 */
export function tocInsertion(
  doc: Doc,
  headingSlugs: string[],
  parent: string,
  added: NewTocEntry[],
  before = Infinity,
): { at: number; lines: string[] } | null {
  const lines = tocLines(doc);
  if (!lines.some((line) => line.href) || !added.length) return null;
  const paths = tocPaths(doc, lines);
  let at: number;
  let extraDepth = 0;
  if (parent === '') {
    at = lines.findIndex(
      (line) => line.heading !== undefined && doc.headings[line.heading]?.isTitle,
    );
    if (at < 0 && lines[0]?.text === doc.title) at = 0;
  } else {
    at = paths.indexOf(parent);
    const parts = parent.split(TOPIC_SEPARATOR);
    for (let depth = parts.length - 1; depth > 0 && at < 0; depth--) {
      at = paths.indexOf(parts.slice(0, depth).join(TOPIC_SEPARATOR));
      extraDepth = parts.length - depth;
    }
    // A topic under a section the contents leave out (News, Citation…) gets no line either.
    if (at < 0) return null;
    if (!listsDepth(doc, lines, paths, parts.length + 1, paths[at] === parent)) return null;
  }
  let template: TocLine;
  let after: number;
  const own = lines[at];
  if (own) {
    let end = at + 1;
    while (end < lines.length && (lines[end]?.width ?? 0) > own.width) end++;
    const children = lines.slice(at + 1, end);
    const childWidth = children.reduce((min, line) => Math.min(min, line.width), Infinity);
    const siblings = children.filter((line) => line.width === childWidth);
    const last = siblings[siblings.length - 1];
    template =
      last && extraDepth === 0
        ? { ...last, ...numbered(last, (last.number ?? 0) + 1) }
        : deeper(lines, own);
    for (let i = 0; i < extraDepth; i++) template = deeper(lines, template);
    after = lines[end - 1]?.line ?? own.line;
    const next = extraDepth === 0 ? siblingAfter(doc, siblings, before) : undefined;
    if (next) ({ template, after } = next);
  } else {
    const top = lines.reduce((min, line) => Math.min(min, line.width), Infinity);
    const siblings = lines.filter((line) => line.width === top);
    const last = siblings[siblings.length - 1] as TocLine;
    template = { ...last, ...numbered(last, (last.number ?? 0) + 1) };
    after = lines[lines.length - 1]?.line ?? 0;
    const next = siblingAfter(doc, siblings, before);
    if (next) ({ template, after } = next);
  }
  const siblingLines = lines.filter((line) => line.width === template.width);
  const scheme = anchorScheme(doc, siblingLines, headingSlugs);
  const base = lines.find((line) => line.anchor)?.base ?? '';
  const out: string[] = [];
  const levels: TocLine[] = [template];
  for (const entry of added) {
    while (levels.length <= entry.depth) {
      const previous = levels[levels.length - 1] as TocLine;
      levels.push(deeper(lines, previous));
    }
    levels.length = entry.depth + 1;
    const shape = levels[entry.depth] as TocLine;
    const slug = entry.anchor;
    const anchor =
      scheme === 'case' ? slugKeepCase(entry.name) + slug.slice(slugBase(entry.name).length) : slug;
    out.push(write(shape, entry.name, anchor, base));
    levels[entry.depth] = { ...shape, ...numbered(shape, (shape.number ?? 0) + 1) };
  }
  return { at: after + 1, lines: out };
}

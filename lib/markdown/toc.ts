/**
 * Table of contents upkeep: a new topic gets a line in the document's TOC (seed `awesome`,
 * lines 3–17), nested under its parent's line, with the anchor GitHub gives its heading.
 */
import { TOPIC_SEPARATOR } from '../types';
import type { Doc } from './document';
import { escapeInline } from './escape';

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
export function slugBase(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Hands out anchors the way GitHub does for repeated headings: `other`, `other-1`, … */
export class Slugger {
  private readonly taken = new Set<string>();
  slug(text: string): string {
    const base = slugBase(text);
    let slug = base;
    for (let n = 1; this.taken.has(slug); n++) slug = `${base}-${n}`;
    this.taken.add(slug);
    return slug;
  }
}

export interface TocLine {
  line: number;
  indent: string;
  slug: string;
}

const TOC_LINE = /^(\s*)[-*+] \[[^\]]*\]\(#([^)]*)\)\s*$/;

export function tocLines(doc: Doc): TocLine[] {
  const out: TocLine[] = [];
  if (!doc.toc) return out;
  for (let i = doc.toc.start; i < doc.toc.end; i++) {
    const match = TOC_LINE.exec(doc.lines[i]?.text ?? '');
    if (match)
      out.push({ line: i, indent: match[1] ?? '', slug: decodeURIComponent(match[2] ?? '') });
  }
  return out;
}

/** One level of TOC indentation as the document writes it (a tab in the seed). */
export function tocIndentUnit(lines: TocLine[]): string {
  for (const entry of lines) {
    if (entry.indent.startsWith('\t')) return '\t';
  }
  const widths = lines.map((entry) => entry.indent.length).filter((width) => width > 0);
  return widths.length ? ' '.repeat(Math.min(...widths)) : '  ';
}

/** The bullet the TOC uses. */
export function tocBullet(doc: Doc): string {
  return doc.toc ? (doc.lists[doc.toc.list]?.bullet ?? '-') : '-';
}

/** A new topic's TOC entry: its name and depth below the topic it was added to. */
export interface NewTocEntry {
  depth: number;
  name: string;
}

/**
 * TOC lines for topics added under `parent`: after the parent's line and its sub-lines, one
 * level deeper; at the end of the TOC when the parent has no line. Null without a TOC.
 */
export function tocInsertion(
  doc: Doc,
  headingSlugs: string[],
  slugger: Slugger,
  parent: string,
  added: NewTocEntry[],
): { at: number; lines: string[] } | null {
  const lines = tocLines(doc);
  if (!lines.length || !added.length) return null;
  const unit = tocIndentUnit(lines);
  const bullet = tocBullet(doc);
  const parentHeading =
    parent === ''
      ? doc.headings.findIndex((heading) => heading.isTitle)
      : doc.headings.map((heading) => heading.path).lastIndexOf(parent);
  const parentSlug = parentHeading >= 0 ? headingSlugs[parentHeading] : undefined;
  const at = lines.findIndex((line) => line.slug === parentSlug);
  let baseIndent: string;
  let after = lines[lines.length - 1]?.line ?? 0;
  const own = lines[at];
  if (own) {
    baseIndent = own.indent + unit;
    after = own.line;
    for (
      let i = at + 1;
      i < lines.length && (lines[i]?.indent.length ?? 0) > own.indent.length;
      i++
    ) {
      after = lines[i]?.line ?? after;
    }
  } else if (parent !== '') {
    baseIndent = unit.repeat(parent.split(TOPIC_SEPARATOR).length);
  } else {
    baseIndent = lines[0]?.indent ?? '';
  }
  return {
    at: after + 1,
    lines: added.map(
      (entry) =>
        `${baseIndent}${unit.repeat(entry.depth)}${bullet} [${escapeInline(entry.name)}](#${slugger.slug(entry.name)})`,
    ),
  };
}

/**
 * Table of contents upkeep: a new topic gets a line in the document's TOC (seed `awesome`,
 * lines 3–17), nested under its parent's line, with the anchor GitHub gives its heading.
 */
import type { Doc } from './document';

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

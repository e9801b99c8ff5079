/**
 * Table of contents upkeep: a new topic gets a line in the document's TOC (seed `awesome`,
 * lines 3–17), nested under its parent's line, with the anchor GitHub gives its heading.
 */
import { escapeTopicName } from '../topic-path';
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
  text: string;
  slug: string;
}

const TOC_LINE = /^(\s*)[-*+] \[([^\]]*)\]\(#([^)]*)\)\s*$/;

export function tocLines(doc: Doc): TocLine[] {
  const out: TocLine[] = [];
  if (!doc.toc) return out;
  for (let i = doc.toc.start; i < doc.toc.end; i++) {
    const match = TOC_LINE.exec(doc.lines[i]?.text ?? '');
    if (!match) continue;
    out.push({
      line: i,
      indent: match[1] ?? '',
      text: match[2] ?? '',
      slug: safeDecode(match[3] ?? ''),
    });
  }
  return out;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The TOC line that stands for a topic path, if the document's TOC has one. */
export function tocLineFor(doc: Doc, path: string): TocLine | undefined {
  const lines = tocLines(doc);
  const index = tocPaths(doc, lines).indexOf(path);
  return index < 0 ? undefined : lines[index];
}

/** The topic path each TOC line stands for, from its nesting (a title line is no topic). */
function tocPaths(doc: Doc, lines: TocLine[]): string[] {
  const stack: { width: number; text: string }[] = [];
  return lines.map((line, index) => {
    const width = line.indent.replace(/\t/g, '    ').length;
    while (stack.length && (stack[stack.length - 1]?.width ?? 0) >= width) stack.pop();
    stack.push({ width, text: line.text });
    // Each line's text is one topic's name, even when it holds ` / ` (topic-path.ts).
    const parts = stack.map((part) => escapeTopicName(part.text));
    if (lines[0]?.text === doc.title && index > 0 && stack[0]?.text === doc.title) parts.shift();
    return parts.join(TOPIC_SEPARATOR);
  });
}

/** One level of TOC indentation as the document writes it (a tab in the seed). */
export function tocIndentUnit(lines: TocLine[]): string {
  for (const entry of lines) {
    if (entry.indent.startsWith('\t')) return '\t';
  }
  const widths = lines.map((entry) => entry.indent.length).filter((width) => width > 0);
  return widths.length ? ' '.repeat(widths.reduce((a, b) => Math.min(a, b))) : '  ';
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
  // The line whose nesting spells the parent's path first: generated TOCs number repeated
  // headings their own way (the seed's `#other` is the second `Other`, `#other-1` the
  // third), so an anchor may name another heading. The anchor counts only when its line
  // is not another topic's; then the nearest listed ancestor takes the new lines.
  const paths = tocPaths(doc, lines);
  let at = paths.indexOf(parent);
  if (parent === '') at = lines[0]?.text === doc.title || lines[0]?.slug === parentSlug ? 0 : -1;
  let extraDepth = 0;
  if (at < 0 && parent !== '') {
    const bySlug = lines.findIndex((line) => line.slug === parentSlug);
    const taken =
      bySlug >= 0 && doc.topics.includes(paths[bySlug] ?? '') && paths[bySlug] !== parent;
    if (bySlug >= 0 && !taken) at = bySlug;
  }
  if (at < 0 && parent !== '') {
    const parts = parent.split(TOPIC_SEPARATOR);
    for (let depth = parts.length - 1; depth > 0 && at < 0; depth--) {
      at = paths.indexOf(parts.slice(0, depth).join(TOPIC_SEPARATOR));
      extraDepth = parts.length - depth;
    }
    if (at < 0) extraDepth = 0;
  }
  let baseIndent: string;
  let after = lines[lines.length - 1]?.line ?? 0;
  const own = lines[at];
  if (own) {
    baseIndent = own.indent + unit.repeat(1 + extraDepth);
    after = own.line;
    for (
      let i = at + 1;
      i < lines.length && (lines[i]?.indent.length ?? 0) > own.indent.length;
      i++
    ) {
      after = lines[i]?.line ?? after;
    }
  } else if (parent !== '') {
    const titled = lines[0]?.text === doc.title ? 1 : 0;
    baseIndent = unit.repeat(parent.split(TOPIC_SEPARATOR).length + titled);
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

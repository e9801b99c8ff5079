/**
 * Heading anchors: the ids GitHub gives headings, and the ones a document sets itself
 * (`<a name="x"></a>` or `id="x"` right before a heading), so a TOC line's `#anchor` can be
 * traced to the heading it points at, whatever scheme the list's author used.
 */
import type { Doc } from './document';
import { unescapeInline } from './escape';
import { isBlank } from './lines';

/** A heading's text as GitHub renders it: links to their text, images, HTML and code marks gone. */
export function renderedText(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/\*\*|`/g, '');
}

/** GitHub's heading anchor before lower-casing: punctuation and emoji dropped, spaces to `-`. */
export function slugKeepCase(text: string): string {
  return renderedText(text.trim())
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** GitHub's heading anchor: lower case, punctuation and emoji dropped, spaces to hyphens. */
export function slugBase(text: string): string {
  return slugKeepCase(text).toLowerCase();
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

/** The text of the heading starting on a line (`## Text ##`, or a setext heading's text line). */
function headingLineText(line: string): string {
  const atx = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(line);
  return unescapeInline((atx ? (atx[1] ?? '') : line).trim());
}

/** A heading GitHub gives an anchor: a topic's (`heading`: its index in `doc.headings`) or not. */
export interface AnchoredHeading {
  firstLine: number;
  text: string;
  heading?: number;
}

/**
 * Every heading GitHub gives an anchor, in document order: GitHub numbers repeated anchors
 * over every h1–h6 of the rendered page (its TableOfContentsFilter walks them all). Besides
 * the topics' headings that is the paper headings the parser reads as entries
 * (learn/heading-entry.ts) and the headings inside block quotes: no topics, but headings on
 * the page all the same.
 */
export function anchoredHeadings(doc: Doc): AnchoredHeading[] {
  const others: AnchoredHeading[] = doc.entries
    .filter((entry) => entry.shape.block === 'heading')
    .map((entry) => ({
      firstLine: entry.start,
      text: headingLineText(doc.lines[entry.start]?.text ?? ''),
    }));
  for (const quoted of doc.quotedHeadings ?? []) others.push(quoted);
  others.sort((a, b) => a.firstLine - b.firstLine);
  const out: AnchoredHeading[] = [];
  let next = 0;
  doc.headings.forEach((heading, index) => {
    for (; next < others.length && (others[next]?.firstLine ?? 0) < heading.firstLine; next++)
      out.push(others[next] as AnchoredHeading);
    out.push({ firstLine: heading.firstLine, text: heading.text, heading: index });
  });
  for (; next < others.length; next++) out.push(others[next] as AnchoredHeading);
  return out;
}

/**
 * The anchor GitHub gives each topic heading, and a slugger that has handed them out, so a
 * new heading gets the next free one. GitHub numbers repeated anchors (`-1`, `-2`) over every
 * heading of the page in order (anchoredHeadings), topics or not.
 */
export function documentSlugs(doc: Doc): { slugs: string[]; slugger: Slugger } {
  const slugger = new Slugger();
  const slugs: string[] = [];
  for (const heading of anchoredHeadings(doc)) {
    const slug = slugger.slug(heading.text);
    if (heading.heading !== undefined) slugs[heading.heading] = slug;
  }
  return { slugs, slugger };
}

export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const HTML_ANCHOR = /<a\s[^>]*\b(?:name|id)\s*=\s*["']([^"']+)["']|\bid\s*=\s*["']([^"']+)["']/gi;

/** The ids set in HTML on a heading or on the lines just before it, lower-cased. */
export function ownIds(doc: Doc, firstLine: number): string[] {
  const out: string[] = [];
  for (let line = firstLine; line >= 0 && line >= firstLine - 3; line--) {
    const text = doc.lines[line]?.text ?? '';
    if (line < firstLine && isBlank(text)) continue;
    const ids = [...text.matchAll(HTML_ANCHOR)].map((m) => (m[1] ?? m[2] ?? '').toLowerCase());
    for (const id of ids) if (id) out.push(id);
    if (line < firstLine && !ids.length) break;
  }
  return out;
}

/**
 * Every anchor that leads to a heading, lower-cased, with the heading's index: GitHub's
 * generated ids (duplicates numbered in document order) and ids set in HTML on the heading
 * or on the lines just before it.
 */
export function headingAnchors(doc: Doc): Map<string, number> {
  const out = new Map<string, number>();
  const { slugs } = documentSlugs(doc);
  doc.headings.forEach((heading, index) => {
    const slug = slugs[index] ?? '';
    if (!out.has(slug)) out.set(slug, index);
    for (const id of ownIds(doc, heading.firstLine)) if (!out.has(id)) out.set(id, index);
  });
  return out;
}

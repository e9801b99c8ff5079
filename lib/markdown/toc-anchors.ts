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

/**
 * The anchor GitHub gives each topic heading, and a slugger that has handed them out, so a
 * new heading gets the next free one. GitHub numbers repeated anchors (`-1`, `-2`) over every
 * heading of the page in order, so the paper headings the parser reads as entries
 * (learn/heading-entry.ts), which are no topics, take their anchors too.
 */
export function documentSlugs(doc: Doc): { slugs: string[]; slugger: Slugger } {
  const slugger = new Slugger();
  const slugs: string[] = [];
  const folded = doc.entries
    .filter((entry) => entry.shape.block === 'heading')
    .map((entry) => entry.start)
    .sort((a, b) => a - b);
  let next = 0;
  for (const heading of doc.headings) {
    for (; next < folded.length && (folded[next] ?? 0) < heading.firstLine; next++)
      slugger.slug(headingLineText(doc.lines[folded[next] ?? 0]?.text ?? ''));
    slugs.push(slugger.slug(heading.text));
  }
  for (; next < folded.length; next++)
    slugger.slug(headingLineText(doc.lines[folded[next] ?? 0]?.text ?? ''));
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
    for (let line = heading.firstLine; line >= 0 && line >= heading.firstLine - 3; line--) {
      const text = doc.lines[line]?.text ?? '';
      if (line < heading.firstLine && isBlank(text)) continue;
      const ids = [...text.matchAll(HTML_ANCHOR)].map((m) => (m[1] ?? m[2] ?? '').toLowerCase());
      for (const id of ids) if (id && !out.has(id)) out.set(id, index);
      if (line < heading.firstLine && !ids.length) break;
    }
  });
  return out;
}

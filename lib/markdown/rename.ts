/**
 * Topic edits made in the extension, written back into an imported file:
 * - a renamed topic's heading changes its text in place (and its table-of-contents line),
 *   everything under it stays where it is; only a new name under the same parent is done
 *   in place, a topic moved elsewhere gets a new heading at the end of its new parent;
 * - a deleted (or moved) topic's heading goes, once its section holds nothing but the
 *   entries that left it: prose or anything else the importer kept stays, heading and all.
 */
import { splitTopicPath, unescapeTopicName } from '../topic-path';
import { TOPIC_SEPARATOR } from '../types';
import type { Doc, Heading } from './document';
import type { LineEdits } from './edits';
import { escapeInline } from './escape';
import { replaceName } from './rename-name';
import { tocLineFor } from './toc';
import { documentSlugs, safeDecode } from './toc-anchors';
import { findHtmlToc, HTML_LINK, type HtmlTocLink } from './toc-html';
import { escapeHtml } from './toc-html-insert';
import type { TocUpdate } from './toc-update';

export interface TopicRename {
  /** The heading path in the file. */
  from: string;
  /** The topic's path now. */
  to: string;
}

/** Renames headings in the parsed document and the output; returns the renames done. */
export function applyRenames(doc: Doc, edits: LineEdits, renames: TopicRename[]): TopicRename[] {
  const done: Renamed[] = [];
  const real = renames.filter(
    ({ from, to }) => from && from !== to && parentOf(from) === parentOf(to),
  );
  if (!real.length) return [];
  // Read before any heading changes: which TOC line leads to which heading, and the anchors.
  const html = findHtmlToc(doc);
  for (const rename of real) {
    const { from, to } = rename;
    if (doc.topics.includes(to)) continue; // the file has that heading already
    const index = doc.headings.findIndex(
      (candidate) => candidate.path === from && !candidate.isTitle,
    );
    const heading = doc.headings[index];
    if (!heading) continue;
    const oldName = unescapeTopicName(splitTopicPath(from).at(-1) ?? from);
    const name = unescapeTopicName(splitTopicPath(to).at(-1) ?? to);
    const toc = tocLineFor(doc, from);
    const htmlLink = html?.links.find((link) => link.heading === index);
    edits.rewrite(heading.firstLine, renamedHeadingLine(doc, heading, oldName, name));
    heading.text = replaceName(heading.text, oldName, name, (text) => text) ?? name;
    remapPaths(doc, from, to);
    done.push({ rename, heading, oldName, name, toc, html: htmlLink });
  }
  if (done.length) rewriteTocLines(doc, edits, done);
  return done.map(({ rename }) => rename);
}

interface Renamed {
  rename: TopicRename;
  heading: Heading;
  /** The topic's name before and after, as people read it. */
  oldName: string;
  name: string;
  toc?: ReturnType<typeof tocLineFor>;
  html?: HtmlTocLink;
}

function headingSlugs(doc: Doc): Map<Heading, string> {
  const { slugs } = documentSlugs(doc);
  return new Map(doc.headings.map((heading, index) => [heading, slugs[index] ?? '']));
}

function parentOf(path: string): string {
  const cut = path.lastIndexOf(TOPIC_SEPARATOR);
  return cut < 0 ? '' : path.slice(0, cut);
}

/**
 * `## Old name ##` → `## New name ##`: only the name changes, the markup around it stays
 * (rename-name.ts); a setext heading's text line keeps its indent.
 */
function renamedHeadingLine(doc: Doc, heading: Heading, oldName: string, name: string): string {
  const text = doc.lines[heading.firstLine]?.text ?? '';
  const escape = (value: string) => value.replace(/^#/, '\\#');
  const rename = (content: string) =>
    replaceName(content, oldName, name, (value) => value) ?? escape(name);
  if (heading.firstLine !== heading.line)
    return text.replace(
      /^(\s*)(.*?)(\s*)$/,
      (_, lead: string, body: string, trail: string) => `${lead}${rename(body)}${trail}`,
    );
  const atx = /^(\s{0,3}#{1,6}[ \t]+)(.*?)([ \t]+#+)?([ \t]*)$/.exec(text);
  if (!atx) return text;
  const content = atx[2] ?? '';
  const renamed = replaceName(content, oldName, name, (value) => value);
  // At the start of the heading a `#` would read as part of the marker.
  const body =
    renamed === null ? escape(name) : renamed.startsWith('#') ? escape(renamed) : renamed;
  return `${atx[1]}${body}${atx[3] ?? ''}${atx[4] ?? ''}`;
}

function remapPaths(doc: Doc, from: string, to: string): void {
  const remap = (path: string) =>
    path === from
      ? to
      : path.startsWith(from + TOPIC_SEPARATOR)
        ? to + path.slice(from.length)
        : path;
  for (const heading of doc.headings) heading.path = remap(heading.path);
  for (const section of doc.sections) section.path = remap(section.path);
  for (const entry of doc.entries) entry.topic = remap(entry.topic);
  doc.topics = doc.topics.map(remap);
}

/**
 * The TOC line of each renamed heading gets the new name in place of the old one, and the
 * anchor GitHub gives the renamed heading, unless it is an id the document sets itself
 * (`<a name="x">`, `<h3 id="x">`), which the heading keeps.
 */
function rewriteTocLines(doc: Doc, edits: LineEdits, done: Renamed[]): void {
  const slugs = headingSlugs(doc);
  const texts = new Map<number, string>();
  const current = (line: number) => texts.get(line) ?? doc.lines[line]?.text ?? '';
  for (const { heading, oldName, name, toc, html } of done) {
    const anchorFor = (old: string) =>
      ownId(doc, heading, old) ? old : (slugs.get(heading) ?? '');
    if (toc) {
      const text = current(toc.line).replace(
        MD_LINK,
        (_, label: string, base: string, anchor: string) =>
          `[${replaceName(label, oldName, name, escapeInline) ?? escapeInline(name)}](${base}#${anchorFor(safeDecode(anchor))})`,
      );
      texts.set(toc.line, text);
    }
    if (html) {
      const text = current(html.line).replace(
        HTML_LINK,
        (whole: string, quote: string, anchor: string, inner: string) => {
          if (safeDecode(anchor) !== html.anchor) return whole;
          const close = whole.lastIndexOf('</');
          const open = whole
            .slice(0, close - inner.length)
            .replace(
              /(\bhref\s*=\s*["'])#[^"']*/i,
              (_m, lead: string) => `${lead}#${anchorFor(html.anchor)}`,
            );
          const renamed = replaceName(inner, oldName, name, escapeHtml) ?? escapeHtml(name);
          return `${open}${renamed}${whole.slice(close)}`;
        },
      );
      texts.set(html.line, text);
    }
  }
  for (const [line, text] of texts) edits.rewrite(line, text);
}

/** A Markdown TOC link: its text, the address before `#` and the anchor. */
const MD_LINK = /\[((?:[^\]\\]|\\.)*)\]\(([^)\s#]*)#([^)\s]*)\)/;

/** Whether `anchor` is an id set in HTML on the heading or on the lines just above it. */
function ownId(doc: Doc, heading: Heading, anchor: string): boolean {
  const from = Math.max(0, heading.firstLine - 3);
  return doc.lines
    .slice(from, heading.line + 1)
    .some((line) =>
      new RegExp(`\\b(?:name|id)\\s*=\\s*["']${escapeRegExp(anchor)}["']`, 'i').test(line.text),
    );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Removes the headings of topics the collection no longer has, when nothing else is under
 * them, and their lines in the table of contents (toc-update.ts).
 */
export function removeDeletedHeadings(
  doc: Doc,
  edits: LineEdits,
  wanted: Set<string>,
  toc: Pick<TocUpdate, 'remove'>,
): void {
  const stillWanted = (path: string) =>
    wanted.has(path) || [...wanted].some((other) => other.startsWith(path + TOPIC_SEPARATOR));
  doc.sections.forEach((section) => {
    const heading = section.heading;
    if (!heading || heading.isTitle || stillWanted(section.path)) return;
    for (let line = section.start; line < section.end; line++) {
      const text = doc.lines[line]?.text ?? '';
      if (text.trim() !== '' && !edits.isRemoved(line)) return;
    }
    toc.remove(section.path, doc.headings.indexOf(heading));
    edits.remove(heading.firstLine, section.end);
    doc.topics = doc.topics.filter((path) => path !== section.path);
  });
}

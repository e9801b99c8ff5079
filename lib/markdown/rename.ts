/**
 * Topic edits made in the extension, written back into an imported file:
 * - a renamed topic's heading changes its text in place (and its table-of-contents line),
 *   everything under it stays where it is; only a new name under the same parent is done
 *   in place, a topic moved elsewhere gets a new heading at the end of its new parent;
 * - a deleted (or moved) topic's heading goes, once its section holds nothing but the
 *   entries that left it: prose or anything else the importer kept stays, heading and all.
 */
import { unescapeTopicName } from '../topic-path';
import { TOPIC_SEPARATOR } from '../types';
import type { Doc, Heading } from './document';
import type { LineEdits } from './edits';
import { escapeInline } from './escape';
import { Slugger, tocLineFor } from './toc';

export interface TopicRename {
  /** The heading path in the file. */
  from: string;
  /** The topic's path now. */
  to: string;
}

/** Renames headings in the parsed document and the output; returns the renames done. */
export function applyRenames(doc: Doc, edits: LineEdits, renames: TopicRename[]): TopicRename[] {
  const done: { rename: TopicRename; heading: Heading; toc?: ReturnType<typeof tocLineFor> }[] = [];
  for (const rename of renames) {
    const { from, to } = rename;
    if (!from || from === to || parentOf(from) !== parentOf(to)) continue;
    if (doc.topics.includes(to)) continue; // the file has that heading already
    const heading = doc.headings.find((candidate) => candidate.path === from && !candidate.isTitle);
    if (!heading) continue;
    const leaf = unescapeTopicName(to.split(TOPIC_SEPARATOR).at(-1) ?? to);
    const toc = tocLineFor(doc, from);
    edits.rewrite(heading.firstLine, renamedHeadingLine(doc, heading, leaf));
    heading.text = leaf;
    remapPaths(doc, from, to);
    done.push({ rename, heading, toc });
  }
  if (done.length) rewriteTocLines(doc, edits, done);
  return done.map(({ rename }) => rename);
}

function parentOf(path: string): string {
  const cut = path.lastIndexOf(TOPIC_SEPARATOR);
  return cut < 0 ? '' : path.slice(0, cut);
}

/** `## Old name ##` → `## New name ##`; a setext heading's text line keeps its indent. */
function renamedHeadingLine(doc: Doc, heading: Heading, leaf: string): string {
  const text = doc.lines[heading.firstLine]?.text ?? '';
  const name = leaf.replace(/^#/, '\\#');
  if (heading.firstLine !== heading.line) return text.replace(/^(\s*).*?(\s*)$/, `$1${name}$2`);
  const atx = /^(\s{0,3}#{1,6}[ \t]+)(.*?)([ \t]+#+)?([ \t]*)$/.exec(text);
  if (!atx) return text;
  return `${atx[1]}${name}${atx[3] ?? ''}${atx[4] ?? ''}`;
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

/** The TOC line of each renamed heading gets the new text and the anchor GitHub gives it. */
function rewriteTocLines(
  doc: Doc,
  edits: LineEdits,
  done: { heading: Heading; toc?: ReturnType<typeof tocLineFor> }[],
): void {
  const slugger = new Slugger();
  const slugs = new Map(doc.headings.map((heading) => [heading, slugger.slug(heading.text)]));
  for (const { heading, toc } of done) {
    if (!toc) continue;
    const text = doc.lines[toc.line]?.text ?? '';
    const link = `[${escapeInline(heading.text)}](#${slugs.get(heading) ?? ''})`;
    edits.rewrite(toc.line, text.replace(/\[[^\]]*\]\(#[^)]*\)/, link));
  }
}

/** Removes the headings of topics the collection no longer has, when nothing else is under them. */
export function removeDeletedHeadings(doc: Doc, edits: LineEdits, wanted: Set<string>): void {
  const stillWanted = (path: string) =>
    wanted.has(path) || [...wanted].some((other) => other.startsWith(path + TOPIC_SEPARATOR));
  doc.sections.forEach((section) => {
    const heading = section.heading;
    if (!heading || heading.isTitle || stillWanted(section.path)) return;
    for (let line = section.start; line < section.end; line++) {
      const text = doc.lines[line]?.text ?? '';
      if (text.trim() !== '' && !edits.isRemoved(line)) return;
    }
    const toc = tocLineFor(doc, section.path);
    edits.remove(heading.firstLine, section.end);
    if (toc) edits.remove(toc.line, toc.line + 1);
    doc.topics = doc.topics.filter((path) => path !== section.path);
  });
}

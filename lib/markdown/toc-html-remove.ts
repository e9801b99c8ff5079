/**
 * Deleted topics taken out of an HTML table of contents (toc-html.ts), as a person would:
 * a line that holds only their links goes; from a line of several links, each goes with one
 * separator; an item whose sub-list follows on later lines goes with it once every link in
 * it goes (else it stays, for its sub-items' sake); a row or list left without links goes too.
 */
import type { Doc } from './document';
import { safeDecode } from './toc-anchors';
import { elementEnd, HTML_LINK, type HtmlToc } from './toc-html';

export interface HtmlTocRemoval {
  /** Lines that go. */
  lines: Set<number>;
  /** Lines that stay with some links cut out. */
  rewrites: Map<number, string>;
  /** `line#anchor` of every link no longer shown. */
  cut: Set<string>;
}

const anchorOf = (match: RegExpMatchArray) => safeDecode(match[2] ?? '');

/** `text` without the links to `gone`, each with the separator before it (after it, first). */
function cutLinks(text: string, gone: Set<string>): string {
  let out = text;
  for (;;) {
    const links = [...out.matchAll(HTML_LINK)];
    const at = links.findIndex((match) => gone.has(anchorOf(match)));
    const link = links[at];
    if (!link) return out;
    const previous = links[at - 1];
    const following = links[at + 1];
    const end = link.index + link[0].length;
    const from = previous ? previous.index + previous[0].length : link.index;
    const to = previous ? end : following ? following.index : end;
    out = out.slice(0, from) + out.slice(to);
  }
}

const CONTAINER_OPEN = /^\s*<(tr|ul|ol)\b[^>]*>\s*$/i;
const CONTAINER_CLOSE = /^\s*<\/(tr|ul|ol)\s*>\s*$/i;

/** Rows and lists on lines of their own whose every link was removed and none added. */
function emptied(doc: Doc, toc: HtmlToc, removal: HtmlTocRemoval, added: Set<number>): void {
  const open: { line: number; links: number; kept: number }[] = [];
  for (let line = toc.start; line < toc.end; line++) {
    if (added.has(line)) for (const container of open) container.kept++;
    if (removal.lines.has(line)) {
      const links = [...(doc.lines[line]?.text ?? '').matchAll(HTML_LINK)].length;
      for (const container of open) container.links += links;
      continue;
    }
    const text = doc.lines[line]?.text ?? '';
    if (CONTAINER_OPEN.test(text)) {
      open.push({ line, links: 0, kept: 0 });
      continue;
    }
    if (CONTAINER_CLOSE.test(text)) {
      const container = open.pop();
      if (container && container.links > 0 && container.kept === 0) {
        removal.lines.add(container.line);
        removal.lines.add(line);
      }
      continue;
    }
    const links = [...text.matchAll(HTML_LINK)];
    const kept = links.filter((match) => !removal.cut.has(`${line}#${anchorOf(match)}`)).length;
    for (const container of open) {
      container.links += links.length;
      container.kept += kept;
    }
  }
}

/**
 * How the links to the anchors in `gone` leave the TOC; `text` gives a line as it stands,
 * `added` the lines before which new topics' lines go (a row they join stays).
 */
export function htmlTocRemoval(
  doc: Doc,
  toc: HtmlToc,
  gone: Set<string>,
  text: (line: number) => string,
  added: Set<number>,
): HtmlTocRemoval {
  const removal: HtmlTocRemoval = { lines: new Set(), rewrites: new Map(), cut: new Set() };
  if (!gone.size) return removal;
  for (let line = toc.start; line < toc.end; line++) {
    const links = [...text(line).matchAll(HTML_LINK)];
    const going = links.filter((match) => gone.has(anchorOf(match)));
    if (!going.length) continue;
    if (going.length < links.length) {
      removal.rewrites.set(line, cutLinks(text(line), gone));
      for (const match of going) removal.cut.add(`${line}#${anchorOf(match)}`);
      continue;
    }
    const end = elementEnd(doc, toc, line);
    const all: string[] = [];
    for (let at = line; at <= end; at++)
      for (const match of text(at).matchAll(HTML_LINK)) all.push(`${at}#${anchorOf(match)}`);
    if (!all.every((key) => gone.has(key.slice(key.indexOf('#') + 1)))) continue;
    for (let at = line; at <= end; at++) removal.lines.add(at);
    for (const key of all) removal.cut.add(key);
    line = end;
  }
  emptied(doc, toc, removal, added);
  return removal;
}

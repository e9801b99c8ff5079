/**
 * Paragraph entries: a title paragraph (`**Title**`, or lines joined by `\` hard breaks)
 * with the list of links right under it (`- Paper: https://…`, `- Code: …`). Only a run of
 * them is taken for entries (two or more in the document): one bold line above a list of
 * links is as likely the author's own note.
 */
import type { LineTexts } from '../line-texts';
import type { TopBlocks } from '../top-blocks';
import { blockEntry, partsOf } from './blocks';
import type { RowEntry } from './rows';

/** A line that opens with an emphasised or bold title. */
const TITLE_START = /^ {0,3}(?:\*\*|__|<(?:strong|b)>)\S/i;
/** Paragraphs longer than this are prose, unless every line is a hard-broken field. */
const MAX_LINES = 6;
const HAS_LINK = /https?:\/\/|\]\(/;

function hasLink(lines: LineTexts, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (HAS_LINK.test(lines.text(i))) return true;
  return false;
}

export function paragraphEntries(lines: LineTexts, tops: TopBlocks): RowEntry[] {
  const out: RowEntry[] = [];
  for (let index = 0; index < tops.count; index++) {
    if (tops.kind(index) !== 'paragraph') continue;
    const top = { first: tops.first(index), end: tops.end(index) };
    // Lines are read one at a time and only as far as needed: a paragraph may be a
    // million lines long, and its texts held at once would cost more than the file.
    const count = top.end - top.first;
    let broken = count > 1;
    for (let i = top.first; broken && i < top.end - 1; i++)
      broken = lines.text(i).trimEnd().endsWith('\\');
    if (!broken && (!TITLE_START.test(lines.text(top.first)) || count > MAX_LINES)) continue;
    // The next block (blank lines are none) is a list, with no heading between.
    const next = index + 1;
    const heading = tops.headingFrom(top.end);
    const list =
      next < tops.count && tops.kind(next) === 'list' && (heading ?? Infinity) >= tops.first(next)
        ? { first: tops.first(next), end: tops.end(next) }
        : undefined;
    let end = top.end;
    if (list) {
      // The list belongs to the entry when each of its items carries a link.
      const items: string[] = [];
      for (let i = list.first; i < list.end; i++) {
        const text = lines.text(i);
        if (/^\s*(?:[-*+]|\d{1,9}[.)])\s/.test(text)) items.push(text);
      }
      if (items.length && items.every((text) => HAS_LINK.test(text))) end = list.end;
    }
    // Without sub-bullets, the link must be in the paragraph itself.
    if (end === top.end && !broken && !hasLink(lines, top.first, top.end)) continue;
    const entry = blockEntry('paragraph', top.first, end, partsOf(lines, top.first, end));
    if (entry && entry.recognised.capture.title) out.push(entry);
  }
  return out.length >= 2 ? out : [];
}

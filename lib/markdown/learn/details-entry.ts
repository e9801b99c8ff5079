/**
 * `<details><summary>2024 [Title, Affil](url)</summary> … prose … </details>` entries: the
 * summary names the work, the body is the list author's own words. A new entry learns from
 * the summary line and the closing tag only (its body stays empty: prose is never copied).
 */
import type { LineTexts } from '../line-texts';
import type { TopBlocks } from '../top-blocks';
import { blockEntry } from './blocks';
import { anchors, decodeEntities, htmlText } from './html-text';
import type { RowEntry } from './rows';
import { captureFromLink } from '../entry-capture';
import { withShape } from './blocks';

const OPEN = /^\s{0,3}<details\b/i;

/** The line holding the `</details>` that closes the block opened on `first`, or -1. */
function closingLine(lines: LineTexts, first: number, limit: number): number {
  let depth = 0;
  for (let i = first; i < limit; i++) {
    const text = lines.text(i);
    depth += (text.match(/<details\b/gi) ?? []).length;
    depth -= (text.match(/<\/details\s*>/gi) ?? []).length;
    if (depth <= 0) return i;
  }
  return -1;
}

export function detailsEntries(lines: LineTexts, tops: TopBlocks): RowEntry[] {
  const out: RowEntry[] = [];
  let after = -1;
  // Lines, not tokens: a `<details>` right under another block's last line is inside that
  // token. Code blocks still come from the tokens; each block's region ends at the next
  // heading (a binary search of the headings, not a scan per block).
  for (let index = 0; index < tops.count; index++) {
    if (tops.kind(index) === 'code') continue;
    const first = tops.first(index);
    const end = tops.end(index);
    const limit = tops.headingFrom(end) ?? lines.length;
    for (let line = Math.max(first, after); line < end; line++) {
      if (!OPEN.test(lines.text(line))) continue;
      const entry = readDetails(lines, line, limit);
      if (!entry) continue;
      out.push(entry);
      after = entry.end;
      line = entry.end - 1;
    }
  }
  return out;
}

/** The details block opened on line `first` as an entry, when its summary links a work. */
function readDetails(lines: LineTexts, first: number, limit: number): RowEntry | null {
  let summaryEnd = -1;
  let summary = '';
  for (let i = first; i < Math.min(limit, first + 5); i++) {
    summary += `${i > first ? ' ' : ''}${lines.text(i)}`;
    if (/<\/summary\s*>/i.test(lines.text(i))) {
      summaryEnd = i;
      break;
    }
  }
  if (summaryEnd < 0) return null;
  const inner = /<summary\b[^>]*>([\s\S]*?)<\/summary\s*>/i.exec(summary)?.[1] ?? '';
  const close = closingLine(lines, first, limit);
  if (close < 0) return null;
  const skeleton: string[] = [];
  for (let i = first; i <= summaryEnd; i++) skeleton.push(lines.text(i));
  if (close > summaryEnd) {
    if (lines.text(summaryEnd + 1).trim() === '' && close > summaryEnd + 1) skeleton.push('');
    skeleton.push(lines.text(close));
  }
  const entry =
    blockEntry('details', first, close + 1, [inner.trim()], skeleton) ??
    htmlSummary(inner, first, close + 1, skeleton);
  // Character references are text in HTML and in Markdown alike (`&lt;b&gt;` reads `<b>`).
  if (entry) entry.recognised.capture.title = decodeEntities(entry.recognised.capture.title);
  return entry;
}

/** A summary that links its work with an HTML anchor (`<a href="…">Title</a>`). */
function htmlSummary(
  inner: string,
  start: number,
  end: number,
  skeleton: string[],
): RowEntry | null {
  for (const anchor of anchors(inner)) {
    const title = anchor.title || anchor.text || htmlText(inner);
    const capture = title ? captureFromLink(anchor.href, title) : null;
    if (capture) return withShape('details', start, end, capture, anchor.href, skeleton);
  }
  return null;
}

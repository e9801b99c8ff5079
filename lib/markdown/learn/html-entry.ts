/**
 * List items written as raw HTML (`- <p><a href="…" title="…"><strong>Title</strong></a>
 * <br/>Authors<br/><a href="…"><img badge></a> <details>…</details></p>`): read as the
 * work their first titled anchor links; a new one is the learned pattern's text tidied so
 * that what was left out leaves no empty or unbalanced element behind.
 */
import type { Capture } from '../../types';
import { captureFromLink, linkShape } from '../entry-capture';
import type { LineTexts } from '../line-texts';
import type { Recognised } from '../styles/types';
import { isGenericLabel } from './build';
import { anchors, escapeHtml } from './html-text';

/** The work an HTML item names, or null when no anchor with a title links one. */
export function readHtmlItem(head: string): Recognised | null {
  if (!head.startsWith('<')) return null;
  for (const anchor of anchors(head)) {
    // The visible text first (`<strong>Title</strong>`), else the anchor's title attribute.
    const title = anchor.text && !isGenericLabel(anchor.text) ? anchor.text : anchor.title;
    if (!title || isGenericLabel(title)) continue;
    const capture = captureFromLink(anchor.href, title);
    if (capture)
      return { vote: null, readAs: 'bare', capture, shape: linkShape(anchor.href, capture) };
  }
  return null;
}

const EMPTY_ANCHOR = /<a\b[^<>]*>\s*<\/a\s*>/gi;

/** Closing `</a>` tags with no opening one before them (its element was left out). */
function dropOrphanClosers(text: string): string {
  let open = 0;
  return text.replace(/<(\/?)a\b[^<>]*>/gi, (tag, slash: string) => {
    if (!slash) {
      open++;
      return tag;
    }
    if (open === 0) return '';
    open--;
    return tag;
  });
}

/**
 * The lines of a new HTML entry with the elements emptied by left-out values removed: an
 * anchor without content, a closer without its opener, a `<details>` whose summary names
 * nothing of the item and whose body is gone; lines that held only those go too.
 */
export function tidyHtml(lines: string[], item: Capture): string[] {
  const joined = lines.join('\n');
  let text = dropOrphanClosers(joined);
  for (let before = ''; before !== text;) {
    before = text;
    text = text.replace(EMPTY_ANCHOR, '');
  }
  text = text.replace(
    /<details\b[^<>]*>\s*<summary\b[^<>]*>([\s\S]*?)<\/summary\s*>\s*<\/details\s*>/gi,
    (whole, summary: string) =>
      summary.includes(item.url) ||
      summary.includes(escapeHtml(item.url)) ||
      summary.includes(escapeHtml(item.title))
        ? whole
        : '',
  );
  const out: string[] = [];
  const before = new Set(lines.map((line) => line.trim()));
  for (const line of text.split('\n')) {
    // A line emptied here goes; a blank line the pattern kept stays.
    if (line.trim() === '' && !before.has('')) continue;
    const last = out[out.length - 1];
    // Two line breaks in a row where a left-out line stood between them: one.
    if (last !== undefined && /^\s*<br\s*\/?>\s*$/i.test(line) && last.trim() === line.trim())
      continue;
    out.push(
      line.trimEnd() === ''
        ? line
        : line.replace(/[ \t]+$/, (space) => (lines.some((l) => l.endsWith(space)) ? space : '')),
    );
  }
  return out;
}

const BREAK_LINE = /^\s*<br\s*\/?>\s*$/i;
const CLOSING_LINE = /^\s*<\/[A-Za-z][\w-]*\s*>\s*$/;

/**
 * Marks as gone a line break after which every line left before the element closes (the
 * badges and the note under an author line): a new entry never ends on a break the
 * neighbours only wrote to start another line.
 */
export function dropTrailingBreaks(lines: { text: string; gone: boolean }[]): void {
  let next: string | null = null;
  let gap = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as { text: string; gone: boolean };
    if (
      !line.gone &&
      gap &&
      BREAK_LINE.test(line.text) &&
      (next === null || CLOSING_LINE.test(next))
    )
      line.gone = true;
    if (line.gone) gap = true;
    else {
      next = line.text;
      gap = false;
    }
  }
}

const VOID = new Set(['br', 'img', 'hr', 'input', 'meta', 'link', 'source', 'wbr', 'area', 'col']);

/** Tags opened in `text` and not closed there, innermost last. */
function unclosed(text: string): string[] {
  const open: string[] = [];
  for (const match of text.matchAll(/<(\/?)([A-Za-z][\w-]*)\b[^<>]*?(\/?)>/g)) {
    const name = (match[2] ?? '').toLowerCase();
    if (VOID.has(name) || match[3]) continue;
    if (!match[1]) open.push(name);
    else {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.splice(at, 1);
    }
  }
  return open;
}

/**
 * An HTML item's closing tags written flush left under it (`</p>`) end the list item for
 * Markdown, yet belong to the entry: the end of each such entry moves past them.
 */
export function closeHtmlItems(
  lines: LineTexts,
  spans: { start: number; end: number; html?: boolean }[],
): Map<number, number> {
  const moved = new Map<number, number>();
  for (const span of spans) {
    if (!span.html) continue;
    let text = '';
    for (let i = span.start; i < span.end; i++) text += `${lines.text(i)}\n`;
    const open = unclosed(text);
    let end = span.end;
    while (open.length) {
      const close = /^\s*<\/([A-Za-z][\w-]*)\s*>\s*$/.exec(lines.text(end));
      if (!close || close[1]?.toLowerCase() !== open[open.length - 1]) break;
      open.pop();
      end++;
    }
    if (end !== span.end) moved.set(span.start, end);
  }
  return moved;
}

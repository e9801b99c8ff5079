/**
 * Raw HTML tables (`<table>` with `<tr>` rows of `<td>` cells) as entries: each body row
 * names a work (its title cell and its link, bare or in an `<a href>`). A new row copies the
 * exemplar row's tags and line layout, each cell filled by what the header names it
 * (Article/Title, Authors, Link, Abstract, Year …), HTML-escaped; a cell whose value the
 * item lacks is left empty.
 */
import type { Capture } from '../../types';
import { captureFromLink } from '../entry-capture';
import type { LineTexts } from '../line-texts';
import type { Line } from '../lines';
import type { TopBlocks } from '../top-blocks';
import { withShape } from './blocks';
import { itemDate, writeDate } from './dates';
import { anchors, decodeEntities, escapeHtml, htmlText } from './html-text';
import type { RowEntry } from './rows';

const CELL = /(<t([dh])\b[^>]*>)([\s\S]*?)(?=<\/t[dh]\s*>|<t[dh]\b|<\/tr\s*>|$)/gi;
const URL_IN_TEXT = /https?:\/\/[^\s<>"']+/;
const TITLE_NAME = /title|article|paper|name|标题|论文/i;
const LINK_NAME = /link|url|arxiv|pdf|paper|链接/i;

interface HtmlRow {
  start: number;
  end: number;
  cells: { header: boolean; content: string }[];
}

/** The rows of the table opened on line `first`, up to its `</table>` (or `limit`). */
function tableRows(
  lines: LineTexts,
  first: number,
  limit: number,
): { rows: HtmlRow[]; end: number } {
  const rows: HtmlRow[] = [];
  let open: { start: number; text: string } | null = null;
  const finish = (end: number) => {
    if (!open) return;
    const cells = [...open.text.matchAll(CELL)].map((match) => ({
      header: (match[2] ?? '').toLowerCase() === 'h',
      content: match[3] ?? '',
    }));
    if (cells.length) rows.push({ start: open.start, end, cells });
    open = null;
  };
  for (let i = first; i < limit; i++) {
    const text = lines.text(i);
    if (/<tr\b/i.test(text)) {
      finish(i);
      open = { start: i, text: '' };
    }
    if (open) open.text += `${text}\n`;
    if (open && /<\/tr\s*>/i.test(text)) finish(i + 1);
    if (/<\/table\s*>/i.test(text)) {
      finish(i);
      return { rows, end: i + 1 };
    }
  }
  finish(limit);
  return { rows, end: limit };
}

/** The column a header names: the first whose name fits. */
function columnNamed(header: string[], name: RegExp): number {
  return header.findIndex((text) => name.test(text));
}

function rowCapture(row: HtmlRow, header: string[]): { capture: Capture; url: string } | null {
  const texts = row.cells.map((cell) => htmlText(cell.content));
  const links = row.cells.map((cell) => {
    const anchor = anchors(cell.content).find((candidate) => captureFromLink(candidate.href, 'x'));
    if (anchor) return anchor.href;
    return decodeEntities(URL_IN_TEXT.exec(cell.content)?.[0] ?? '');
  });
  const linkColumn = columnNamed(header, LINK_NAME);
  const url = (linkColumn >= 0 && links[linkColumn]) || links.find((link) => link !== '');
  if (!url) return null;
  const titleColumn = header.findIndex((text, i) => TITLE_NAME.test(text) && !links[i]);
  const titled = texts.findIndex((text, i) => !links[i] && /\p{L}/u.test(text));
  const column = titleColumn >= 0 ? titleColumn : titled;
  const anchorTitle = anchors(row.cells.map((cell) => cell.content).join(' '))[0]?.text ?? '';
  const title = (column >= 0 ? texts[column] : '') || anchorTitle;
  const capture = title ? captureFromLink(url, title) : null;
  return capture ? { capture, url } : null;
}

export function htmlTableEntries(lines: LineTexts, tops: TopBlocks): RowEntry[] {
  const out: RowEntry[] = [];
  let after = -1;
  for (let index = 0; index < tops.count; index++) {
    const first = tops.first(index);
    if (tops.kind(index) !== 'html' || first < after) continue;
    const start = lines.text(first).search(/<table\b/i);
    if (start < 0) continue;
    const limit = tops.headingFrom(tops.end(index)) ?? lines.length;
    const { rows, end } = tableRows(lines, first, limit);
    after = end;
    const head = rows.find((row) => row.cells.every((cell) => cell.header));
    const header = head ? head.cells.map((cell) => htmlText(cell.content)) : [];
    for (const row of rows) {
      if (row === head || row.start === row.end) continue;
      const read = rowCapture(row, header);
      if (!read) continue;
      const skeleton: string[] = [];
      for (let i = row.start; i < row.end; i++) skeleton.push(lines.text(i));
      const entry = withShape('html-row', row.start, row.end, read.capture, read.url, skeleton);
      entry.shape.columns = header;
      out.push(entry);
    }
  }
  return out;
}

/** The item's value for a column, by the column's name; '' when the item has none. */
function valueFor(name: string, item: Capture): string {
  const lower = name.toLowerCase();
  if (/author/.test(lower)) return (item.authors ?? []).join(', ');
  if (/abstract|summary|description|tl;?dr/.test(lower))
    return item.abstract ?? item.description ?? '';
  if (/code|github|repo/.test(lower)) {
    const code = (item.codeUrls ?? [])[0] ?? (item.kind === 'repo' ? item.url : '');
    return code;
  }
  if (LINK_NAME.test(lower) && !TITLE_NAME.test(lower.replace(/paper/, ''))) return item.url;
  if (TITLE_NAME.test(lower)) return item.title;
  if (/year/.test(lower)) {
    const year = item.venue?.year ?? itemDate(item)?.year;
    return year ? String(year) : '';
  }
  if (/date|time/.test(lower)) {
    const date = itemDate(item);
    return date ? (writeDate('YYYY-MM-DD', date) ?? '') : '';
  }
  if (/venue|conf|journal|publication/.test(lower)) return item.venue?.name ?? '';
  return '';
}

/**
 * A new row in the exemplar row's layout (its lines, the table's column names), or null
 * when the row would not carry the item's link.
 */
export function writeHtmlRow(rowLines: string[], header: string[], item: Capture): string[] | null {
  let column = 0;
  const text = rowLines
    .join('\n')
    .replace(CELL, (whole, open: string, kind: string, content: string) => {
      if (kind.toLowerCase() !== 'd') return whole;
      const name = header[column++] ?? '';
      const value = valueFor(name, item);
      const trail = /\s*$/.exec(content)?.[0] ?? '';
      const lead = /^\s*/.exec(content)?.[0] ?? '';
      const anchor = /^(\s*<a\b[^>]*href\s*=\s*)(["']?)[^"'\s>]*\2([^>]*>)[\s\S]*?(<\/a>)/i.exec(
        content,
      );
      if (anchor && value && /^https?:/.test(value)) {
        return `${open}${lead}${anchor[1]}"${escapeHtml(value)}"${anchor[3]}${escapeHtml(value)}${anchor[4]}${trail}`;
      }
      return value ? `${open}${lead}${escapeHtml(value)}${trail}` : open;
    });
  if (!text.includes(escapeHtml(item.url))) return null;
  return text.split('\n');
}

/**
 * A new HTML table for a new topic, like the table `row` (an entry) sits in: its opening
 * and header lines, one row per item, its closing line. Null when a row cannot be written.
 */
export function newHtmlTable(
  lines: Line[],
  row: { start: number; end: number; shape: { skeleton?: string[]; columns?: string[] } },
  items: Capture[],
): string[] | null {
  let open = row.start;
  while (open > 0 && !/<table\b/i.test(lines[open]?.text ?? '')) open--;
  let headEnd = open;
  // The header: through the first row of `<th>` cells, if it has one.
  for (let i = open; i < row.start; i++) {
    const text = lines[i]?.text ?? '';
    if (/<td\b/i.test(text)) break;
    if (/<\/tr\s*>/i.test(text) || /<\/thead\s*>/i.test(text)) headEnd = i;
  }
  let close = row.end;
  while (close < lines.length && !/<\/table\s*>/i.test(lines[close]?.text ?? '')) close++;
  if (!/<table\b/i.test(lines[open]?.text ?? '') || close >= lines.length) return null;
  const out: string[] = [];
  for (let i = open; i <= headEnd; i++) out.push(lines[i]?.text ?? '');
  for (const item of items) {
    const written = writeHtmlRow(row.shape.skeleton ?? [], row.shape.columns ?? [], item);
    if (!written) return null;
    for (const line of written) out.push(line);
  }
  out.push(
    (lines[close]?.text ?? '').trim() === '</table>' ? (lines[close]?.text ?? '') : '</table>',
  );
  return out;
}

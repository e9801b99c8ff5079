/**
 * Import side of table entries: each body row of a table whose rows link to works is an
 * entry (title and main link read as the learned patterns read them). Rows stay the
 * user's bytes; only their line range and fields are recorded.
 */
import { captureFromLink, linkShape } from '../entry-capture';
import type { EntryShape } from '../document';
import type { LineTexts } from '../line-texts';
import type { Recognised } from '../styles/types';
import { isDelimiterRow, readRow } from './table';

export interface RowEntry {
  start: number;
  end: number;
  recognised: Recognised;
  shape: EntryShape;
}

/** The entries of the table on lines [first, end): one per body row that names a work. */
export function tableEntries(lines: LineTexts, first: number, end: number): RowEntry[] {
  if (!isDelimiterRow(lines.text(first + 1))) return [];
  const out: RowEntry[] = [];
  for (let i = first + 2; i < end; i++) {
    const text = lines.text(i);
    const read = readRow(text);
    if (!read) continue;
    const { url, title } = read;
    const capture = read.capture ?? captureFromLink(url, title);
    if (!capture) continue;
    out.push({
      start: i,
      end: i + 1,
      recognised: { vote: null, readAs: 'bare', capture, shape: linkShape(url, capture) },
      shape: { indent: '', marker: '', gap: '', quote: '', row: true },
    });
  }
  return out;
}

/**
 * A table's date column that holds the owner's own dates, not the works': mli/paper-reading's
 * `日期` is the day each video was recorded (`8/05/24` beside arXiv 2407.21783, `7/29/22`
 * beside 2102.03334). A new row must not put the paper's date there: it would claim a video
 * from 2017. Told by the rows themselves, not by the header's word: where rows link an
 * arXiv paper, a column of the works' dates shows each paper's month give or take a quarter
 * (in the real lists 97-100% of rows do: a venue's month comes a little after the
 * preprint's); a column of the owner's dates mostly does not (mli: 20%).
 */
import { identify } from '../../identity';
import { findLinks } from '../links';
import { type DateValue, readDate } from './dates';

/** Rows with a date and an arXiv paper that must be compared before a column is judged. */
const MIN_COMPARED = 3;

/** The paper a row links, as the year and month its arXiv id encodes. */
function arxivMonth(line: string): DateValue | null {
  for (const link of findLinks(line)) {
    const id = identify(link.url)?.arxiv?.id;
    const match = /^(\d{2})(\d{2})\.\d{4,5}$/.exec(id ?? '');
    if (match) return { year: 2000 + Number(match[1]), month: Number(match[2]) };
  }
  return null;
}

/** Whether a row's date is its paper's: the same month, give or take a quarter. */
function agrees(date: DateValue, paper: DateValue): boolean {
  const months = (value: DateValue) => value.year * 12 + (value.month ?? 1);
  return Math.abs(months(date) - months(paper)) <= 3;
}

/** A body row: its line and its cells. */
export interface BodyRow {
  line: string;
  cells: string[];
}

/**
 * The index of the column whose dates are the owner's (`body`: the table's rows, `width`
 * columns), or null when the table has no date column or its dates are the works'.
 */
export function ownDateColumn(body: BodyRow[], width: number): number | null {
  // A row's paper is the same whichever column is judged: its links are read once.
  const papers = new Map<number, DateValue | null>();
  const paperOf = (index: number, line: string) => {
    if (!papers.has(index)) papers.set(index, arxivMonth(line));
    return papers.get(index) ?? null;
  };
  for (let column = 0; column < width; column++) {
    const dates = body.map((row) => readDate(row.cells[column]?.trim() ?? '')?.value);
    if (dates.filter(Boolean).length * 10 < body.length * 6) continue;
    let compared = 0;
    let agreeing = 0;
    body.forEach(({ line }, index) => {
      const date = dates[index];
      // A year alone is how lists date works (a journal's year may come years after the
      // preprint, ../shared/lists/global-solvers-3dv-tables.md): only dated months are judged.
      const paper = date?.month !== undefined ? paperOf(index, line) : null;
      if (!date || !paper) return;
      compared++;
      if (agrees(date, paper)) agreeing++;
    });
    if (compared >= MIN_COMPARED && agreeing * 2 < compared) return column;
  }
  return null;
}

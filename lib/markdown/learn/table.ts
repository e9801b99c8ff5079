/**
 * Tables as entries: each body row is an entry, read by the same learned patterns as list
 * entries with its cells as parts. A new row takes the exemplar row's columns, cells filled
 * by what they held (or, for a cell of the neighbour's own words, by what the header names:
 * Authors, Venue, Date/Year), padded the way the table pads.
 */
import type { Capture } from '../../types';
import { captureFromLink } from '../entry-capture';
import { findLinks } from '../links';
import { parseAtoms, plainText } from './atoms';
import { isGenericLabel, learnParts, type SharedText } from './build';
import { fillNodes } from './fill';
import { labelSpellings, planLinks } from './link-plan';
import type { AuthorsForm } from './authors';
import type { Node } from './nodes';
import { commonIn } from './pattern';
import { ownDateColumn } from './own-dates';

export interface RowCells {
  /** Text before the first cell (`|` or ``), after the last (`|`). */
  open: string;
  close: string;
  /** Each cell as written, spaces included. */
  cells: string[];
}

/** Splits a table row at its unescaped pipes outside code spans. */
export function splitRow(line: string): RowCells | null {
  const trimmedStart = line.length - line.trimStart().length;
  const cells: string[] = [];
  let from = trimmedStart;
  let inCode = false;
  // Index scanning and slices: rows of padded tables run to hundreds of characters.
  for (let i = trimmedStart; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 92 /* \\ */ && !inCode) i++;
    else if (code === 96 /* ` */) inCode = !inCode;
    else if (code === 124 /* | */ && !inCode) {
      cells.push(line.slice(from, i));
      from = i + 1;
    }
  }
  cells.push(line.slice(from));
  const lead = line.slice(0, trimmedStart);
  const opens = line.charCodeAt(trimmedStart) === 124;
  // Not `/\|\s*$/`: on a padded row that regex retries the run of spaces after every pipe.
  const closes = line.trimEnd().endsWith('|') && cells.length > 1;
  if (opens) cells.shift();
  let tail = '';
  if (closes) tail = cells.pop() ?? '';
  if (cells.length < 1) return null;
  return { open: `${lead}${opens ? '|' : ''}`, close: closes ? `|${tail}` : '', cells };
}

export function isDelimiterRow(line: string): boolean {
  const row = splitRow(line);
  return row !== null && row.cells.every((cell) => /^\s*:?-+:?\s*$/.test(cell));
}

/** A row read as an entry: its title, main link and its learned cells. */
export function readRow(line: string): { title: string; url: string; capture?: Capture } | null {
  const row = splitRow(line);
  if (!row) return null;
  const cells = row.cells.map((cell) => cell.trim());
  // Most tables link their titles: read that without learning the whole row (a list of
  // a thousand rows is read on every import).
  for (const cell of cells) {
    if (!cell.includes('](')) continue;
    for (const link of findLinks(cell)) {
      if (link.image || link.rawText.includes('![')) continue;
      const label = plainText(parseAtoms(link.rawText)).trim();
      if (label.length < 3 || isGenericLabel(label)) continue;
      const capture = captureFromLink(link.url, label);
      if (capture) return { title: label, url: link.url, capture };
    }
  }
  if (!cells.some((cell) => cell.includes('](') || cell.includes('http'))) return null;
  const learned = learnParts(cells, () => false);
  const url = learned.exemplar.mainUrl;
  return learned.titleText && url ? { title: learned.titleText, url } : null;
}

export interface TableShape {
  header: string[];
  /** `left`, `center` or `right` per column, from the delimiter row. */
  align: string[];
  /** Whether the table pads its cells to one width per column. */
  padded: boolean;
  /** Columns where a missing value is written `-`. */
  dashForMissing: boolean[];
  /** Per column, the next row number when the column numbers rows. */
  counters: (string | null)[];
  /** Per column, how an empty cell is written in an unpadded table (`' '`, `''`). */
  emptyCells: string[];
}

/** What a table's rows say, read once per table however many rows an export writes into it. */
interface TableReading {
  /** Each body row's cells (null for a line that is not a row). */
  body: (RowCells | null)[];
  shape: TableShape | null;
  ownDates: number | null;
}

/** Keyed by the table's lines: insert.ts hands writeRow the same array for each new row. */
const readings = new WeakMap<string[], TableReading>();

function readTable(tableLines: string[]): TableReading {
  let reading = readings.get(tableLines);
  if (!reading) {
    const body = tableLines.slice(2).map(splitRow);
    reading = {
      body,
      shape: tableShape(tableLines, body),
      ownDates: ownDateColumnOf(tableLines, body),
    };
    readings.set(tableLines, reading);
  }
  return reading;
}

/** The column of a table (header, delimiter, rows) holding its owner's dates (own-dates.ts). */
export function ownDatesOf(tableLines: string[]): number | null {
  return readTable(tableLines).ownDates;
}

function ownDateColumnOf(tableLines: string[], split: (RowCells | null)[]): number | null {
  const width = splitRow(tableLines[0] ?? '')?.cells.length ?? 0;
  // A sample is enough to judge, and a save into a table of a thousand rows stays quick.
  const lines = tableLines.slice(2);
  const sample = (from: number, to: number) =>
    lines.slice(from, to).flatMap((line, i) => {
      const row = split[from + i];
      return row ? [{ line, cells: row.cells }] : [];
    });
  const body =
    lines.length > 80
      ? [...sample(0, 40), ...sample(lines.length - 40, lines.length)]
      : sample(0, lines.length);
  return ownDateColumn(body, width);
}

/** A header cell naming a column that numbers the rows. */
const NUMBER_HEADER = /^\s*(no\.?|#|num|number|index|序号)\s*$/i;

/** Whether a table (by its header row) has a column numbering its rows. */
export function numbersRows(headerLine: string): boolean {
  return splitRow(headerLine)?.cells.some((cell) => NUMBER_HEADER.test(cell)) ?? false;
}

export function tableShape(
  lines: string[],
  body: (RowCells | null)[] = lines.slice(2).map(splitRow),
): TableShape | null {
  const header = splitRow(lines[0] ?? '');
  const delimiter = splitRow(lines[1] ?? '');
  if (!header || !delimiter) return null;
  const align = delimiter.cells.map((cell) => {
    const text = cell.trim();
    if (text.startsWith(':') && text.endsWith(':')) return 'center';
    if (text.endsWith(':')) return 'right';
    return 'left';
  });
  const widths = (row: RowCells) => row.cells.map((cell) => cell.length).join(',');
  // Padded when most rows share the header's widths (wide characters put a few out).
  const even = body.filter((row) => row !== null && widths(row) === widths(header)).length;
  const padded =
    body.length > 0 && widths(header) === widths(delimiter) && even * 10 >= body.length * 7;
  const dashForMissing = header.cells.map((_, column) =>
    body.some((row) => row?.cells[column]?.trim() === '-'),
  );
  const counters = header.cells.map((cell, column) =>
    NUMBER_HEADER.test(cell) ? counterOf(body, column) : null,
  );
  return {
    header: header.cells.map((cell) => cell.trim()),
    align,
    padded,
    dashForMissing,
    counters,
    emptyCells: emptyCellForms(body, header.cells.length),
  };
}

/** The most frequent of `forms` (the first seen on a tie), or null when there are none. */
function mostFrequent(forms: string[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const form of forms) {
    const count = (counts.get(form) ?? 0) + 1;
    counts.set(form, count);
    if (best === null || count > (counts.get(best) ?? 0)) best = form;
  }
  return best;
}

/**
 * How each column writes an empty cell: as the table's empty cells are written (the
 * column's own first, else the table's), else as its cells are padded (`| |` where cells
 * start with a space) — never a form no row uses, like `||` from a cell written `|[x](y)|`.
 */
function emptyCellForms(body: (RowCells | null)[], columns: number): string[] {
  // One pass over the cells (a padded table's rows run to hundreds of characters each).
  const empty: string[] = [];
  const emptyIn: string[][] = Array.from({ length: columns }, () => []);
  const leads: string[] = [];
  for (const row of body) {
    row?.cells.forEach((cell, column) => {
      const lead = /^\s*/.exec(cell)?.[0] ?? '';
      if (lead.length < cell.length) return void leads.push(lead);
      empty.push(cell);
      emptyIn[column]?.push(cell);
    });
  }
  const anywhere = mostFrequent(empty);
  const padding = mostFrequent(leads) ?? ' ';
  return emptyIn.map((cells) => mostFrequent(cells) ?? anywhere ?? padding);
}

/** A column that numbers the rows (`1`, `[31]`): its next number in its own brackets. */
function counterOf(body: (RowCells | null)[], column: number): string | null {
  let highest = -1;
  let form = '';
  for (const row of body) {
    const cell = row?.cells[column]?.trim() ?? '';
    const match = /^(\[?)(\d{1,5})(\]?\.?)$/.exec(cell);
    if (!match) return null;
    if (Number(match[2]) > highest) {
      highest = Number(match[2]);
      form = `${match[1]}#${match[3]}`;
    }
  }
  return highest < 0 ? null : form.replace('#', String(highest + 1));
}

const ALL_AUTHORS: AuthorsForm = { sep: ', ', lastSep: ', ', lastFirst: false, initials: false };

/** Nodes for a cell the neighbour filled with its own words, from the column's name. */
function headerNodes(header: string): Node[] | null {
  const name = header.toLowerCase();
  if (/author/.test(name)) return [{ k: 'authors', form: ALL_AUTHORS }];
  if (/year/.test(name)) return [{ k: 'date', form: 'YYYY' }];
  if (/date|time/.test(name)) return [{ k: 'date', form: 'YYYY-MM' }];
  if (/venue|conf|publication|pub\.|journal/.test(name))
    return [{ k: 'venue', form: { template: '{name} {date}', date: 'YYYY' }, name: '' }];
  return null;
}

function hasValueSlot(nodes: Node[]): boolean {
  return nodes.some(
    (node) =>
      (node.k !== 'lit' && node.k !== 'free' && node.k !== 'txt' && node.k !== 'group') ||
      (node.k === 'group' && hasValueSlot(node.children)),
  );
}

/** How many of the nearest rows are searched for a cell the exemplar row left empty. */
const DONOR_ROWS = 20;

/**
 * The nodes of the nearest other row's cell in `column` that holds a link the item fills
 * (a star badge, a code link), or null. Only rows whose cell there has a link are learned
 * (a save into a long table reads a few rows, not all).
 */
function donorCell(
  rows: { row: RowCells | null }[],
  exemplar: RowCells,
  column: number,
  item: Capture,
  isCommon: SharedText,
): Node[] | null {
  let tried = 0;
  for (const { row } of rows) {
    if (!row || row === exemplar) continue;
    if (++tried > DONOR_ROWS) break;
    const cell = row.cells[column]?.trim() ?? '';
    if (!cell.includes('](')) continue;
    // Learned with its row: the row's title link tells the cell's badge from the work.
    const cells = row.cells.map((text) => text.trim());
    const nodes = learnParts(cells, isCommon).parts[column] ?? [];
    const filled = fillNodes(nodes, { item, extraEscape: '|' });
    if (hasValueSlot(nodes) && filled.value && !filled.dropped) return nodes;
  }
  return null;
}

function pad(content: string, width: number, align: string, raw: string): string {
  if (width <= 0) {
    // Unpadded tables: the exemplar cell's own spacing around the new content.
    const lead = /^\s*/.exec(raw)?.[0] ?? ' ';
    const trail = /\s*$/.exec(raw)?.[0] ?? ' ';
    return `${lead}${content}${trail}`;
  }
  const room = width - content.length;
  if (room < 2) return ` ${content} `;
  if (align === 'center') {
    const left = Math.floor(room / 2);
    return `${' '.repeat(left)}${content}${' '.repeat(room - left)}`;
  }
  if (align === 'right') return `${' '.repeat(room - 1)}${content} `;
  return ` ${content}${' '.repeat(room - 1)}`;
}

/**
 * The item as a row of a table (`lines`: header, delimiter, body rows), learned from its
 * rows; null when no row has a title and a link to fill.
 */
export function writeRow(
  tableLines: string[],
  item: Capture,
  newestFirst = false,
  /** Rows already added before this one (a numbering column counts on from them). */
  added = 0,
  /** The row starts a new table: a numbering column starts at 1. */
  freshTable = false,
): string | null {
  const { body: split, shape, ownDates } = readTable(tableLines);
  if (!shape) return null;
  const body = tableLines.slice(2);
  // The nearest rows are enough to tell the table's shared text (and keep a save fast).
  const near = newestFirst ? body.slice(0, 60) : body.slice(-60);
  // Not by place: a place runs to its line's end, and a cell ends before its row does.
  const isCommon = commonIn(near, false);
  let spellings: Map<string, string> | null = null;
  const rows = body
    .map((line, index) => ({ line, row: split[index] ?? null }))
    .filter((entry) => entry.row !== null && entry.row.cells.length === shape.header.length);
  const ordered = newestFirst ? rows : [...rows].reverse();
  // The owner's dates (when a video was recorded) are not the item's: that cell stays empty.
  // A row whose badge would have to become a text link is taken only when no row nearby
  // has a place for the item's link as it is (a title link, a link of its kind).
  let rewritten: string | null = null;
  let tries = 0;
  for (const { row } of ordered) {
    if (rewritten !== null && ++tries > 20) break;
    if (!row) continue;
    const learned = learnParts(
      row.cells.map((cell) => cell.trim()),
      isCommon,
    );
    if (!learned.titleText || !learned.exemplar.mainUrl) continue;
    spellings ??= labelSpellings(near);
    // A cell the exemplar left empty (`-` under Github) takes the nearest row's cell of
    // that column that has a place for the item's value (its star badge), so no link is lost.
    const parts = learned.parts.map((nodes, column) =>
      hasValueSlot(nodes) || headerNodes(shape.header[column] ?? '')
        ? nodes
        : (donorCell(ordered, row, column, item, isCommon) ?? nodes),
    );
    const plan = planLinks(parts, item, spellings);
    const cells = parts.map((nodes, column) => {
      const raw = row.cells[column] ?? '';
      const fromHeader = hasValueSlot(nodes) ? null : headerNodes(shape.header[column] ?? '');
      const filled = fillNodes(fromHeader ?? nodes, { item, extraEscape: '|', plan });
      let text = (filled.dropped && !filled.value) || column === ownDates ? '' : filled.text;
      const counter = shape.counters[column];
      if (counter)
        text = counter.replace(/\d+/, (n) => String((freshTable ? 1 : Number(n)) + added));
      if (text === '' && shape.dashForMissing[column]) text = '-';
      if (text === '' && !shape.padded) return shape.emptyCells[column] ?? ' ';
      return pad(text, shape.padded ? raw.length : 0, shape.align[column] ?? 'left', raw);
    });
    const written = `${row.open}${cells.join('|')}${row.close}`;
    if (!written.includes(item.url) && !(item.arxiv && written.includes(item.arxiv.id))) continue;
    if (!plan.badgeRewritten) return written;
    rewritten ??= written;
  }
  return rewritten;
}

/**
 * Where a new entry goes among its section's entries (issue 11 point 5): when the entries
 * run newest-first or oldest-first by the date or year they show (`[2023/10]`, `2017-ICLR`,
 * a `10/27/21` cell) or else by their arXiv ids, the new entry takes its place in that
 * order; otherwise, or when the item has no date of that kind, it goes at the end.
 */
import type { Capture } from '../../types';
import { arxivOrder } from '../order';
import { DATE_IN_TEXT, type DateValue, dateOrder, itemDate, readDate } from './dates';

export type Grain = 'year' | 'month' | 'day' | 'id';

export interface OrderKey {
  value: number;
  grain: Grain;
}

export type Direction = 'newest' | 'oldest';

/** Link destinations and bare URLs: their digits (`abs/2012.12345`) are no dates. */
const URLS = /\]\([^)\s]*\)|https?:\/\/\S+/g;
const YEAR = /(?<![\w./])((?:19|20)\d{2})(?!\d)(?![./]\d)/;

function keyOf(value: DateValue): OrderKey {
  const grain: Grain =
    value.day !== undefined ? 'day' : value.month !== undefined ? 'month' : 'year';
  return { value: dateOrder(value), grain };
}

/**
 * The date an entry shows, from its text (one string per line or table cell): a cell that
 * is a date, else the first date in the text, else the first year.
 */
export function textKey(parts: string[]): OrderKey | null {
  for (const part of parts) {
    const whole = part.trim();
    if (whole.length <= 12) {
      const read = readDate(whole);
      if (read) return keyOf(read.value);
    }
  }
  const text = parts.join(' ').replace(URLS, ' ');
  DATE_IN_TEXT.lastIndex = 0;
  const found = DATE_IN_TEXT.exec(text);
  DATE_IN_TEXT.lastIndex = 0;
  const read = found ? readDate(found[0]) : null;
  if (read) return keyOf(read.value);
  const year = YEAR.exec(text);
  return year ? { value: Number(year[1]) * 10000, grain: 'year' } : null;
}

/** An arXiv id as a key: its month, then its number within the month. */
export function idKey(id: string | undefined): OrderKey | null {
  if (id === undefined) return null;
  const order = arxivOrder(id);
  if (Number.isNaN(order)) return null;
  const year = Math.floor(order / 1e8);
  const month = Math.floor(order / 1e6) % 100;
  return { value: year * 10000 + month * 100 + (order % 1e6) / 1e6, grain: 'id' };
}

/** `value` cut to `grain` (a date with its month compared with a year compares years). */
function cut(value: number, grain: Grain): number {
  if (grain === 'year') return Math.floor(value / 10000) * 10000;
  if (grain === 'month') return Math.floor(value / 100) * 100;
  if (grain === 'day') return Math.floor(value);
  return value;
}

const FINENESS: Record<Grain, number> = { year: 0, month: 1, day: 2, id: 3 };

/** -1, 0 or 1: the item's key against an entry's, at the coarser of their grains. */
function compare(item: OrderKey, entry: OrderKey): number {
  const grain = FINENESS[item.grain] < FINENESS[entry.grain] ? item.grain : entry.grain;
  return Math.sign(cut(item.value, grain) - cut(entry.value, grain));
}

export interface KeyedEntry {
  parts: string[];
  arxivId?: string | undefined;
}

/** What an entry is ordered by: the date its text shows, or its arXiv id. */
export type KeySource = 'text' | 'id';

export function keyFrom(source: KeySource, entry: KeyedEntry): OrderKey | null {
  return source === 'text' ? textKey(entry.parts) : idKey(entry.arxivId);
}

/**
 * What the entries are ordered by: the dates they show when most of them show one, else
 * their arXiv ids when most have one; null when neither (then nothing is ordered).
 */
export function keySource(entries: KeyedEntry[]): KeySource | null {
  const most = (source: KeySource) =>
    entries.filter((entry) => keyFrom(source, entry) !== null).length * 10 >= entries.length * 6;
  if (most('text')) return 'text';
  return most('id') ? 'id' : null;
}

/** Which way keyed entries run: nearly every step one way, and at least two such steps. */
export function direction(keys: (OrderKey | null)[]): Direction | null {
  const known = keys.filter((key): key is OrderKey => key !== null);
  let down = 0;
  let up = 0;
  for (let i = 1; i < known.length; i++) {
    const step = compare(known[i] as OrderKey, known[i - 1] as OrderKey);
    if (step < 0) down++;
    else if (step > 0) up++;
  }
  if (down >= 2 && down >= up * 5) return 'newest';
  if (up >= 2 && up >= down * 5) return 'oldest';
  return null;
}

/** The item's key in the entries' kind of key; null when it has no such date. */
export function itemKey(item: Capture, keys: (OrderKey | null)[]): OrderKey | null {
  const sample = keys.find((key) => key !== null);
  if (!sample) return null;
  if (sample.grain === 'id') {
    const id = idKey(item.arxiv?.id);
    if (id) return id;
  }
  // A year beside a venue (`2017-NeurIPS`) is the publication year.
  if (sample.grain === 'year' && item.venue?.year)
    return { value: item.venue.year * 10000, grain: 'year' };
  const date = itemDate(item);
  return date ? keyOf(date) : null;
}

/**
 * Index of the entry the item goes before, in a section whose `count` entries (keyed by
 * `keyAt`, read only as far as needed) run `way`; -1 when it goes after them all (or has no
 * key). Equal keys stay together: the item goes after them.
 */
export function placeAmong(
  item: OrderKey | null,
  count: number,
  keyAt: (index: number) => OrderKey | null,
  way: Direction,
): number {
  if (item === null) return -1;
  for (let index = 0; index < count; index++) {
    const key = keyAt(index);
    if (key === null) continue;
    const step = compare(item, key);
    if (way === 'newest' ? step > 0 : step < 0) return index;
  }
  return -1;
}

/** Items sorted the way the section runs (undated ones last, in their order). */
export function sortItems<T extends Capture>(
  items: T[],
  keys: (OrderKey | null)[],
  way: Direction,
): T[] {
  const keyed = items.map((item, index) => ({ item, index, key: itemKey(item, keys) }));
  return keyed
    .sort((a, b) => {
      if (a.key === null || b.key === null)
        return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
      const step = compare(a.key, b.key);
      return (way === 'newest' ? -step : step) || a.index - b.index;
    })
    .map((entry) => entry.item);
}

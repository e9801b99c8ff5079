/**
 * The Markdown a list would write for one item ("Copy as Markdown" in the popup): the
 * lines the export adds when the item is filed under a topic, in the list's own learned or
 * named style. Found by exporting the list twice, without and with the item, so it is
 * exactly what a save followed by an export would write, never a second renderer.
 */
import type { Item } from '../types';
import { type ExportInput, exportList } from './index';

export interface EntryMarkdownOptions {
  /** The export's clock (an obsidian note's `time_modified`); the same for both exports. */
  now?: Date;
}

/**
 * The item's lines as the list would write them under `topic` ('' for the list itself).
 * The item is taken out of the list first, so a saved one is written once, afresh.
 *
 * The two exports differ only where the item goes: the first holds a twin of the item in
 * its place (same kind, order and dates, another title and link), so whatever a save also
 * touches (a new topic's heading and TOC line, an obsidian note's `time_modified`, a
 * numbered list's position) is common to both and drops out.
 */
export function entryMarkdown(
  input: ExportInput,
  topic: string,
  item: Item,
  options: EntryMarkdownOptions = {},
): string {
  const topics = input.topics.map((entry) => ({
    ...entry,
    items: entry.items.filter((other) => other.key !== item.key),
  }));
  if (!topics.some((entry) => entry.path === topic)) topics.push({ path: topic, items: [] });
  const withOne = (one: Item) =>
    topics.map((entry) =>
      entry.path === topic ? { ...entry, items: [...entry.items, one] } : entry,
    );
  const exportOptions = { now: options.now ?? new Date() };
  const before = exportList({ list: input.list, topics: withOne(twinOf(item)) }, exportOptions);
  const after = exportList({ list: input.list, topics: withOne(item) }, exportOptions);
  return trimBlankLines(addedBlock(before, after)).join('\n');
}

/** A stand-in sharing what places an entry (kind, arXiv id, dates), not what it shows. */
function twinOf(item: Item): Item {
  const twin: Item = {
    ...item,
    key: `${item.key}#twin`,
    title: 'Stand-in entry',
    url: 'https://stand-in.invalid/entry',
    note: item.note ? 'Stand-in note' : '',
  };
  delete twin.pageTitle;
  delete twin.description;
  return twin;
}

/**
 * The lines of `after` where it differs from `before` in one place: what lies between the
 * common first and last lines. Linear, so a list of thousands of lines costs little.
 */
export function addedBlock(before: string, after: string): string[] {
  const a = before.split(/\r?\n/);
  const b = after.split(/\r?\n/);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return b.slice(start, endB);
}

function trimBlankLines(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && (lines[start] ?? '').trim() === '') start++;
  while (end > start && (lines[end - 1] ?? '').trim() === '') end--;
  return lines.slice(start, end);
}

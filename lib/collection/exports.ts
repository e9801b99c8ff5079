/**
 * What a list's last export (or, before any export, its imported file) held: the keys it
 * wrote. The library's "new since last export" filter is "filed in the list, not in here".
 */
import type { Item, List } from '../types';
import { type Collection, CollectionError } from './collection';

export interface ExportRecord {
  listId: string;
  /** When the list was exported (or imported, for the baseline an import leaves). */
  at: number;
  /** Identity keys of the items the exported (or imported) Markdown holds. */
  keys: string[];
}

/** Remembers what an export of a list held, and when. */
export function recordExport(
  collection: Collection & { exports: ExportRecord[] },
  listId: string,
  keys: string[],
  now: number,
): ExportRecord {
  const index = collection.lists.findIndex((list) => list.id === listId);
  const list = collection.lists[index];
  if (!list) throw new CollectionError('That list no longer exists.');
  collection.lists[index] = { ...list, exportedAt: now };
  return setExportRecord(collection, { listId, at: now, keys: [...new Set(keys)] });
}

export function setExportRecord(
  collection: { exports: ExportRecord[] },
  record: ExportRecord,
): ExportRecord {
  collection.exports = [...collection.exports.filter((e) => e.listId !== record.listId), record];
  return record;
}

/**
 * Keys of the list's items that its last export (or imported file) did not hold. Lists
 * with no record yet (schema v1, a restored backup) compare save times instead.
 */
export function newKeysSince(
  list: List,
  record: ExportRecord | undefined,
  items: Item[],
  listTopicIds?: Set<string>,
): Set<string> {
  const inList = listTopicIds
    ? items.filter((item) => item.topicIds.some((id) => listTopicIds.has(id)))
    : items;
  if (record) {
    const known = new Set(record.keys);
    return new Set(inList.filter((item) => !known.has(item.key)).map((item) => item.key));
  }
  const since = list.exportedAt ?? list.importedAt ?? Number.NEGATIVE_INFINITY;
  return new Set(inList.filter((item) => item.savedAt > since).map((item) => item.key));
}

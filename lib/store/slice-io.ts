/**
 * Reading the slice an operation declares from a transaction, and writing its changes in
 * the same transaction: the IndexedDB side of lib/collection/memory.ts.
 */
import type { IDBPTransaction } from 'idb';
import { topicsRequested } from '../collection/memory';
import type { Changes, Slice, SliceRequest } from '../collection/slice';
import type { Item } from '../types';
import type { Writes } from './errors';
import type { CollectionSchema } from './schema';

export const ALL_STORES = ['lists', 'topics', 'items', 'settings', 'exports'] as const;

export type WriteTx = IDBPTransaction<CollectionSchema, (typeof ALL_STORES)[number][], 'readwrite'>;

export async function readSlice(tx: WriteTx, request: SliceRequest): Promise<Slice> {
  const items = tx.objectStore('items');
  const exportStore = tx.objectStore('exports');
  const settingStore = tx.objectStore('settings');
  // Everything that does not depend on the topics is asked for at once: a save reads its
  // slice in one round trip.
  const [lists, topics, byKey, exports, settingValues] = await Promise.all([
    tx.objectStore('lists').getAll(),
    tx.objectStore('topics').getAll(),
    request.items === 'all'
      ? items.getAll()
      : Promise.all((request.items ?? []).map((key) => items.get(key))),
    request.exports === 'all'
      ? exportStore.getAll()
      : Promise.all((request.exports ?? []).map((id) => exportStore.get(id))),
    Promise.all((request.settings ?? []).map((name) => settingStore.get(name))),
  ]);
  const topicIds = topicsRequested({ lists, topics, items: [] }, request);
  const byTopic = items.index('by-topic');
  const filed = topicIds.size
    ? await Promise.all([...topicIds].map((id) => byTopic.getAll(id)))
    : [];
  const found = new Map<string, Item>();
  for (const item of [...byKey, ...filed.flat()]) if (item) found.set(item.key, item);
  const settings: Record<string, unknown> = {};
  (request.settings ?? []).forEach((name, index) => {
    if (settingValues[index] !== undefined) settings[name] = settingValues[index];
  });
  return {
    lists,
    topics,
    items: [...found.values()],
    exports: exports.filter((record) => record !== undefined),
    settings,
  };
}

/** Queues the changes' deletes, then their puts, on `tx`. */
export function writeChanges(tx: WriteTx, changes: Changes, writes: Writes): void {
  const lists = tx.objectStore('lists');
  const topics = tx.objectStore('topics');
  const items = tx.objectStore('items');
  const exports = tx.objectStore('exports');
  const settings = tx.objectStore('settings');
  for (const id of changes.removeLists) writes.track(lists.delete(id));
  for (const id of changes.removeTopics) writes.track(topics.delete(id));
  for (const key of changes.removeItems) writes.track(items.delete(key));
  for (const id of changes.removeExports) writes.track(exports.delete(id));
  for (const list of changes.lists) writes.track(lists.put(list));
  for (const topic of changes.topics) writes.track(topics.put(topic));
  for (const item of changes.items) writes.track(items.put(item));
  for (const record of changes.exports) writes.track(exports.put(record));
  for (const [name, value] of Object.entries(changes.settings)) {
    writes.track(value === undefined ? settings.delete(name) : settings.put(value, name));
  }
}

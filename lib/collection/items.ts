/** The library's edits of records: edit, move a selection, merge two, delete, put back. */
import type { Item, ReadStatus } from '../types';
import { type Collection, CollectionError } from './collection';

export interface ItemPatch {
  title?: string;
  note?: string;
  status?: ReadStatus;
  /** The item's topics, all lists included. */
  topicIds?: string[];
}

function indexOf(collection: Collection, key: string): number {
  const index = collection.items.findIndex((item) => item.key === key);
  if (index < 0) {
    throw new CollectionError('That item is no longer in the collection: reload the page.');
  }
  return index;
}

export function updateItem(collection: Collection, key: string, patch: ItemPatch, now: number) {
  const index = indexOf(collection, key);
  const item: Item = { ...(collection.items[index] as Item), updatedAt: now, editedAt: now };
  if (patch.title !== undefined) {
    const title = patch.title.trim();
    if (!title) throw new CollectionError('A title cannot be empty.');
    item.title = title;
  }
  if (patch.note !== undefined) item.note = patch.note;
  if (patch.status !== undefined) item.status = patch.status;
  if (patch.topicIds !== undefined) {
    // With no topic an item would be in no list: the library could no longer show it.
    if (patch.topicIds.length === 0) {
      throw new CollectionError('Keep the item in at least one topic, or delete it.');
    }
    item.topicIds = [...new Set(patch.topicIds)];
  }
  collection.items[index] = item;
  return item;
}

/** One item of a selection to move: its key and the topic it leaves (none: it only gains). */
export interface Move {
  key: string;
  from?: string;
}

/**
 * Moves a selection to a topic, whatever topics its items come from. An item already in
 * the target just leaves its source. All or nothing: one missing item refuses the move.
 */
export function moveItems(collection: Collection, moves: Move[], to: string, now: number): Item[] {
  if (!collection.topics.some((topic) => topic.id === to)) {
    throw new CollectionError('That topic no longer exists: reload the page.');
  }
  return moves.map(({ key, from }) => {
    const index = indexOf(collection, key);
    const before = collection.items[index] as Item;
    const kept = before.topicIds.filter((id) => id !== from && id !== to);
    const topicIds = from && !before.topicIds.includes(from) ? before.topicIds : [...kept, to];
    const item: Item = { ...before, topicIds, updatedAt: now, editedAt: now };
    collection.items[index] = item;
    return item;
  });
}

/**
 * Two records of one work become one: `keepKey`'s record, with what only the other one
 * knew (fields, links, topics, note) added; the other record is deleted.
 */
export function mergeItems(collection: Collection, keepKey: string, dropKey: string, now: number) {
  if (keepKey === dropKey) throw new CollectionError('Pick two different items to merge.');
  const keep = collection.items[indexOf(collection, keepKey)] as Item;
  const drop = collection.items[indexOf(collection, dropKey)] as Item;
  const merged = mergeRecords(keep, drop, now);
  collection.items = collection.items
    .filter((item) => item.key !== dropKey)
    .map((item) => (item.key === keepKey ? merged : item));
  return merged;
}

/** `keep` wins wherever it has a value; `drop` fills the gaps. */
export function mergeRecords(keep: Item, drop: Item, now: number): Item {
  const merged: Item = { ...keep };
  const target = merged as unknown as Record<string, unknown>;
  for (const [name, value] of Object.entries(drop)) {
    if (name === 'key' || value === undefined || value === '') continue;
    const mine = target[name];
    if (mine === undefined || mine === '' || (Array.isArray(mine) && mine.length === 0)) {
      target[name] = value;
    }
  }
  for (const name of ['arxiv', 'repo', 'hub'] as const) {
    if (keep[name] && drop[name])
      Object.assign(merged, { [name]: { ...drop[name], ...keep[name] } });
  }
  for (const name of ['codeUrls', 'paperIds', 'topicIds'] as const) {
    const union = [...new Set([...(keep[name] ?? []), ...(drop[name] ?? [])])];
    if (union.length || name === 'topicIds') merged[name] = union;
  }
  if (keep.note && drop.note && keep.note !== drop.note) merged.note = `${keep.note}\n${drop.note}`;
  if (drop.status === 'read') merged.status = 'read';
  merged.savedAt = Math.min(keep.savedAt, drop.savedAt);
  merged.updatedAt = now;
  merged.editedAt = now;
  return merged;
}

/** Deletes records; keys not in the collection are skipped. Returns the records removed. */
export function removeItems(collection: Collection, keys: string[]): Item[] {
  const doomed = new Set(keys);
  const removed = collection.items.filter((item) => doomed.has(item.key));
  collection.items = collection.items.filter((item) => !doomed.has(item.key));
  return removed;
}

/** Puts records back exactly as they were (the popup's undo of a delete). */
export function restoreItems(collection: Collection, items: Item[]): void {
  const keys = new Set(items.map((item) => item.key));
  collection.items = [...collection.items.filter((item) => !keys.has(item.key)), ...items];
}

/**
 * Takes a record out of ONE list: the popup shows one list at a time, so "Remove" there
 * means this list; the record stays in the others. A record left in no list is deleted, as
 * a removal from the whole collection would be. Returns the record as it was (for undo),
 * or undefined when there is no such record.
 */
export function removeFromList(
  collection: Collection,
  key: string,
  listId: string,
  now: number,
): Item | undefined {
  const index = collection.items.findIndex((item) => item.key === key);
  const item = collection.items[index];
  if (!item) return undefined;
  const inList = new Set(
    collection.topics.filter((topic) => topic.listId === listId).map((topic) => topic.id),
  );
  const kept = item.topicIds.filter((id) => !inList.has(id));
  if (kept.length === 0) collection.items.splice(index, 1);
  else collection.items[index] = { ...item, topicIds: kept, updatedAt: now, editedAt: now };
  return item;
}

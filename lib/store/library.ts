/**
 * The library page's edits of the collection: items (edit, move, merge, delete) and topics
 * (rename, nest, reorder, delete). Each operation is one IndexedDB transaction on the
 * records it touches, and returns an `Undo` holding those records as they were, so the
 * page can offer "Undo" for any of them the same way.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { normalizeTopicPath, parentTopicPath, splitTopicPath } from '../collection/paths';
import type { Item, List, ReadStatus, Topic } from '../types';
import { TOPIC_SEPARATOR } from '../types';
import { rollBack, StoreError } from './errors';
import type { ExportRecord, ShelfSchema } from './schema';

export type ShelfDb = IDBPDatabase<ShelfSchema>;

/** Everything the library page shows. */
export interface LibraryData {
  lists: List[];
  topics: Topic[];
  items: Item[];
  exports: ExportRecord[];
}

/** Records to put back and records to delete, to return the collection to how it was. */
export interface Undo {
  items: Item[];
  topics: Topic[];
  removeItems: string[];
  removeTopics: string[];
}

export interface Change<T = undefined> {
  undo: Undo;
  result: T;
}

const STORES = ['lists', 'topics', 'items', 'exports'] as const;

export async function loadLibrary(db: ShelfDb): Promise<LibraryData> {
  const tx = db.transaction([...STORES]);
  const [lists, topics, items, exports] = await Promise.all([
    tx.objectStore('lists').getAll(),
    tx.objectStore('topics').getAll(),
    tx.objectStore('items').getAll(),
    tx.objectStore('exports').getAll(),
  ]);
  lists.sort((a, b) => a.createdAt - b.createdAt);
  topics.sort((a, b) => a.order - b.order);
  return { lists, topics, items, exports };
}

/**
 * `data` brought up to date after an operation whose undo is `touched`: the records it
 * names are read again (deleted ones leave, restored ones come back); lists, topics and
 * export records are small and read whole.
 */
export async function reloadTouched(
  db: ShelfDb,
  data: LibraryData,
  touched: Undo,
): Promise<LibraryData> {
  const tx = db.transaction([...STORES]);
  const keys = [...new Set([...touched.items.map((item) => item.key), ...touched.removeItems])];
  const [lists, topics, exports, fresh] = await Promise.all([
    tx.objectStore('lists').getAll(),
    tx.objectStore('topics').getAll(),
    tx.objectStore('exports').getAll(),
    Promise.all(keys.map((key) => tx.objectStore('items').get(key))),
  ]);
  lists.sort((a, b) => a.createdAt - b.createdAt);
  topics.sort((a, b) => a.order - b.order);
  const changed = new Map(keys.map((key, index) => [key, fresh[index]]));
  const items: Item[] = [];
  for (const item of data.items) {
    if (!changed.has(item.key)) items.push(item);
  }
  for (const item of changed.values()) if (item) items.push(item);
  return { lists, topics, items, exports };
}

/**
 * The first screen's worth: lists, topics and export records, and only the items of the
 * first list's first topic that has any. The page shows that at once and loads the rest
 * (`loadLibrary`) behind it: reading 10,000 records takes longer than the whole first paint.
 */
export async function loadFirstTopic(db: ShelfDb): Promise<LibraryData> {
  const tx = db.transaction([...STORES]);
  const [lists, topics, exports] = await Promise.all([
    tx.objectStore('lists').getAll(),
    tx.objectStore('topics').getAll(),
    tx.objectStore('exports').getAll(),
  ]);
  lists.sort((a, b) => a.createdAt - b.createdAt);
  topics.sort((a, b) => a.order - b.order);
  const first = lists[0];
  const byTopic = tx.objectStore('items').index('by-topic');
  for (const topic of topics) {
    if (topic.listId !== first?.id) continue;
    const items = await byTopic.getAll(topic.id);
    if (items.length) return { lists, topics, items, exports };
  }
  return { lists, topics, items: [], exports };
}

/** Runs `work` in one readwrite transaction; any failure rolls all of it back. */
async function inTransaction<T>(db: ShelfDb, work: (tx: WriteTx) => Promise<T>): Promise<T> {
  const tx = db.transaction([...STORES], 'readwrite');
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    throw rollBack(tx, error);
  }
}

/** A readwrite transaction over the stores the library changes. */
type WriteTx = IDBPTransaction<ShelfSchema, (typeof STORES)[number][], 'readwrite'>;

function emptyUndo(): Undo {
  return { items: [], topics: [], removeItems: [], removeTopics: [] };
}

export async function applyUndo(db: ShelfDb, undo: Undo): Promise<void> {
  await inTransaction(db, async (tx) => {
    const items = tx.objectStore('items');
    const topics = tx.objectStore('topics');
    await Promise.all([
      ...undo.removeItems.map((key) => items.delete(key)),
      ...undo.removeTopics.map((id) => topics.delete(id)),
    ]);
    await Promise.all([
      ...undo.topics.map((topic) => topics.put(topic)),
      ...undo.items.map((item) => items.put(item)),
    ]);
  });
}

async function getItem(tx: WriteTx, key: string): Promise<Item> {
  const item = await tx.objectStore('items').get(key);
  if (!item) throw new StoreError('That item is no longer in the collection: reload the page.');
  return item;
}

async function getTopic(tx: WriteTx, id: string): Promise<Topic> {
  const topic = await tx.objectStore('topics').get(id);
  if (!topic) throw new StoreError('That topic no longer exists: reload the page.');
  return topic;
}

// ---- items ----

export interface ItemPatch {
  title?: string;
  note?: string;
  status?: ReadStatus;
  /** The item's topics, all lists included. */
  topicIds?: string[];
}

export async function updateItem(
  db: ShelfDb,
  key: string,
  patch: ItemPatch,
  now: number,
): Promise<Change<Item>> {
  return inTransaction(db, async (tx) => {
    const before = await getItem(tx, key);
    const item: Item = { ...before, updatedAt: now, editedAt: now };
    if (patch.title !== undefined) {
      const title = patch.title.trim();
      if (!title) throw new StoreError('A title cannot be empty.');
      item.title = title;
    }
    if (patch.note !== undefined) item.note = patch.note;
    if (patch.status !== undefined) item.status = patch.status;
    if (patch.topicIds !== undefined) {
      // With no topic an item would be in no list: the library could no longer show it.
      if (patch.topicIds.length === 0) {
        throw new StoreError('Keep the item in at least one topic, or delete it.');
      }
      item.topicIds = [...new Set(patch.topicIds)];
    }
    await tx.objectStore('items').put(item);
    return { undo: { ...emptyUndo(), items: [before] }, result: item };
  });
}

/**
 * Moves items from one topic to another (`from` undefined: adds the topic). An item already
 * in the target just leaves the source.
 */
export async function moveItems(
  db: ShelfDb,
  keys: string[],
  from: string | undefined,
  to: string,
  now: number,
): Promise<Change<Item[]>> {
  return inTransaction(db, async (tx) => {
    await getTopic(tx, to);
    const undo = emptyUndo();
    const moved: Item[] = [];
    for (const key of keys) {
      const before = await getItem(tx, key);
      const kept = before.topicIds.filter((id) => id !== from && id !== to);
      const topicIds = from && !before.topicIds.includes(from) ? before.topicIds : [...kept, to];
      const item: Item = { ...before, topicIds, updatedAt: now, editedAt: now };
      undo.items.push(before);
      moved.push(item);
      await tx.objectStore('items').put(item);
    }
    return { undo, result: moved };
  });
}

/**
 * Two records of one work become one: `keepKey`'s record, with what only the other one
 * knew (fields, links, topics, note) added; the other record is deleted.
 */
export async function mergeItems(
  db: ShelfDb,
  keepKey: string,
  dropKey: string,
  now: number,
): Promise<Change<Item>> {
  if (keepKey === dropKey) throw new StoreError('Pick two different items to merge.');
  return inTransaction(db, async (tx) => {
    const keep = await getItem(tx, keepKey);
    const drop = await getItem(tx, dropKey);
    const item = mergeRecords(keep, drop, now);
    await tx.objectStore('items').put(item);
    await tx.objectStore('items').delete(dropKey);
    return { undo: { ...emptyUndo(), items: [keep, drop] }, result: item };
  });
}

/** Pure: `keep` wins wherever it has a value; `drop` fills the gaps. */
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

export async function removeItems(db: ShelfDb, keys: string[]): Promise<Change<Item[]>> {
  return inTransaction(db, async (tx) => {
    const removed: Item[] = [];
    for (const key of keys) {
      const item = await tx.objectStore('items').get(key);
      if (!item) continue;
      removed.push(item);
      await tx.objectStore('items').delete(key);
    }
    return { undo: { ...emptyUndo(), items: removed }, result: removed };
  });
}

// ---- topics ----

/** `topic`'s own name: the last part of its path. */
export function topicName(topic: Pick<Topic, 'path'>): string {
  return splitTopicPath(topic.path).at(-1) ?? '';
}

function isInside(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}${TOPIC_SEPARATOR}`);
}

/**
 * Gives a topic (and its sub-topics) a new path: renaming changes the last part, nesting
 * the parent. Refuses a path another topic of the list already has.
 */
async function repath(
  tx: WriteTx,
  topicId: string,
  newPath: (topic: Topic) => string,
  toEnd: boolean,
): Promise<Change<Topic[]>> {
  const topic = await getTopic(tx, topicId);
  if (topic.path === '') throw new StoreError('The list itself cannot be renamed or moved here.');
  const target = normalizeTopicPath(newPath(topic));
  if (!target) throw new StoreError('A topic needs a name.');
  if (isInside(target, topic.path) && target !== topic.path) {
    throw new StoreError('A topic cannot be nested inside itself.');
  }
  const all = await tx.objectStore('topics').index('by-list').getAll(topic.listId);
  const subtree = all.filter((t) => isInside(t.path, topic.path));
  const others = new Set(all.filter((t) => !subtree.includes(t)).map((t) => t.path));
  const renamed = subtree.map((t) => ({ ...t, path: target + t.path.slice(topic.path.length) }));
  const clash = renamed.find((t) => others.has(t.path));
  if (clash) throw new StoreError(`There is already a topic "${clash.path}" in this list.`);
  const byId = new Map(all.map((t) => [t.id, t]));
  for (const t of renamed) byId.set(t.id, t);
  // A nested topic lands at the end of its new parent; a renamed one stays where it was.
  if (toEnd)
    byId.set(topic.id, { ...(byId.get(topic.id) as Topic), order: Number.MAX_SAFE_INTEGER });
  const ordered = renumber([...byId.values()]);
  const changed = ordered.filter((t) => {
    const old = all.find((o) => o.id === t.id);
    return !old || old.path !== t.path || old.order !== t.order;
  });
  for (const t of changed) await tx.objectStore('topics').put(t);
  const undo = emptyUndo();
  undo.topics = all.filter((t) => changed.some((c) => c.id === t.id));
  return { undo, result: ordered };
}

export function renameTopic(db: ShelfDb, topicId: string, name: string): Promise<Change<Topic[]>> {
  return inTransaction(db, (tx) =>
    repath(
      tx,
      topicId,
      (topic) => {
        const clean = name.replace(/\s+\/\s+/g, ' ').trim();
        const parent = parentTopicPath(topic.path);
        return parent ? `${parent}${TOPIC_SEPARATOR}${clean}` : clean;
      },
      false,
    ),
  );
}

/** Moves a topic under another parent (`''`: to the top of the list). */
export function nestTopic(
  db: ShelfDb,
  topicId: string,
  parentPath: string,
): Promise<Change<Topic[]>> {
  return inTransaction(db, (tx) =>
    repath(
      tx,
      topicId,
      (topic) =>
        parentPath ? `${parentPath}${TOPIC_SEPARATOR}${topicName(topic)}` : topicName(topic),
      true,
    ),
  );
}

/** Moves a topic (with its sub-topics) before the previous or after the next sibling. */
export async function reorderTopic(
  db: ShelfDb,
  topicId: string,
  direction: -1 | 1,
): Promise<Change<Topic[]>> {
  return inTransaction(db, async (tx) => {
    const topic = await getTopic(tx, topicId);
    const all = await tx.objectStore('topics').index('by-list').getAll(topic.listId);
    const parent = parentTopicPath(topic.path);
    const siblings = renumber(all).filter(
      (t) => t.path !== '' && parentTopicPath(t.path) === parent,
    );
    const at = siblings.findIndex((t) => t.id === topicId);
    const other = siblings[at + direction];
    if (!other || topic.path === '') return { undo: emptyUndo(), result: renumber(all) };
    const swapped = all.map((t) =>
      t.id === topic.id
        ? { ...t, order: other.order }
        : t.id === other.id
          ? { ...t, order: topic.order }
          : t,
    );
    // Sibling order is what `renumber` keeps: swap the two, then lay the tree out again.
    const siblingRank = new Map(siblings.map((t, index) => [t.id, index]));
    siblingRank.set(topic.id, at + direction);
    siblingRank.set(other.id, at);
    const ordered = renumber(swapped, siblingRank);
    const undo = emptyUndo();
    for (const t of ordered) {
      const old = all.find((o) => o.id === t.id);
      if (old && old.order !== t.order) {
        undo.topics.push(old);
        await tx.objectStore('topics').put(t);
      }
    }
    return { undo, result: ordered };
  });
}

/**
 * Deletes a topic and its sub-topics; their items go to the deleted topic's parent (the
 * list itself for a top-level topic).
 */
export async function deleteTopic(
  db: ShelfDb,
  topicId: string,
  now: number,
): Promise<Change<{ parent: Topic; moved: number }>> {
  return inTransaction(db, async (tx) => {
    const topic = await getTopic(tx, topicId);
    if (topic.path === '') throw new StoreError('The list itself is not a topic to delete.');
    const all = await tx.objectStore('topics').index('by-list').getAll(topic.listId);
    const parentPath = parentTopicPath(topic.path);
    const parent = all.find((t) => t.path === parentPath);
    if (!parent) throw new StoreError('The parent topic is missing: reload the page.');
    const doomed = all.filter((t) => isInside(t.path, topic.path));
    const doomedIds = new Set(doomed.map((t) => t.id));
    const undo = emptyUndo();
    const byTopic = tx.objectStore('items').index('by-topic');
    const seen = new Set<string>();
    for (const t of doomed) {
      for (const before of await byTopic.getAll(t.id)) {
        if (seen.has(before.key)) continue;
        seen.add(before.key);
        const kept = before.topicIds.filter((id) => !doomedIds.has(id));
        const topicIds = kept.includes(parent.id) ? kept : [...kept, parent.id];
        undo.items.push(before);
        await tx.objectStore('items').put({ ...before, topicIds, updatedAt: now, editedAt: now });
      }
    }
    for (const t of doomed) await tx.objectStore('topics').delete(t.id);
    undo.topics = doomed;
    return { undo, result: { parent, moved: seen.size } };
  });
}

/** Creates a topic (and its parents) in a list, if it is not there yet. */
export async function addTopic(
  db: ShelfDb,
  listId: string,
  path: string,
  now: number,
  newId: () => string = () => crypto.randomUUID(),
): Promise<Change<Topic>> {
  const wanted = normalizeTopicPath(path);
  return inTransaction(db, async (tx) => {
    const all = await tx.objectStore('topics').index('by-list').getAll(listId);
    const undo = emptyUndo();
    let order = all.reduce((max, t) => Math.max(max, t.order), -1) + 1;
    let found: Topic | undefined;
    const parts = splitTopicPath(wanted);
    for (let depth = 0; depth <= parts.length; depth++) {
      const at = parts.slice(0, depth).join(TOPIC_SEPARATOR);
      found = all.find((t) => t.path === at);
      if (!found) {
        found = { id: newId(), listId, path: at, order: order++, createdAt: now };
        all.push(found);
        undo.removeTopics.push(found.id);
        await tx.objectStore('topics').put(found);
      }
    }
    return { undo, result: found as Topic };
  });
}

/**
 * Topics in document order: each parent before its children, a topic's sub-topics right
 * after it, siblings by `rank` (default: their current order). Orders become 0, 1, 2, …
 */
export function renumber(topics: Topic[], rank?: Map<string, number>): Topic[] {
  const sorted = [...topics].sort((a, b) => a.order - b.order);
  const byPath = new Map(sorted.map((t) => [t.path, t]));
  const children = new Map<string, Topic[]>();
  const roots: Topic[] = [];
  for (const topic of sorted) {
    if (topic.path === '') {
      roots.unshift(topic);
      continue;
    }
    let parent = parentTopicPath(topic.path);
    // A topic whose parent record is missing hangs from the nearest ancestor that exists.
    while (parent !== '' && !byPath.has(parent)) parent = parentTopicPath(parent);
    const siblings = children.get(parent) ?? [];
    siblings.push(topic);
    children.set(parent, siblings);
  }
  const out: Topic[] = [];
  const visit = (path: string) => {
    const list = children.get(path) ?? [];
    if (rank) list.sort((a, b) => (rank.get(a.id) ?? a.order) - (rank.get(b.id) ?? b.order));
    for (const child of list) {
      out.push(child);
      visit(child.path);
    }
  };
  for (const root of roots) out.push(root);
  visit('');
  return out.map((t, index) => (t.order === index ? t : { ...t, order: index }));
}

// ---- lists and exports ----

export async function createList(
  db: ShelfDb,
  fields: Pick<List, 'name' | 'fileName' | 'style'>,
  now: number,
  newId: () => string = () => crypto.randomUUID(),
): Promise<List> {
  const name = fields.name.trim();
  if (!name) throw new StoreError('A list needs a name.');
  const list: List = {
    id: newId(),
    name,
    fileName: fields.fileName.trim() || 'README.md',
    style: fields.style,
    createdAt: now,
  };
  const root: Topic = { id: newId(), listId: list.id, path: '', order: 0, createdAt: now };
  await inTransaction(db, async (tx) => {
    await tx.objectStore('lists').put(list);
    await tx.objectStore('topics').put(root);
  });
  return list;
}

export async function updateList(
  db: ShelfDb,
  listId: string,
  patch: Partial<Pick<List, 'name' | 'fileName' | 'style'>>,
): Promise<List> {
  return inTransaction(db, async (tx) => {
    const list = await tx.objectStore('lists').get(listId);
    if (!list) throw new StoreError('That list no longer exists.');
    const next: List = { ...list };
    if (patch.name !== undefined) {
      if (!patch.name.trim()) throw new StoreError('A list needs a name.');
      next.name = patch.name.trim();
    }
    if (patch.fileName !== undefined) {
      if (!patch.fileName.trim()) throw new StoreError('A list needs a file name.');
      next.fileName = patch.fileName.trim();
    }
    if (patch.style !== undefined) next.style = patch.style;
    await tx.objectStore('lists').put(next);
    return next;
  });
}

/** Remembers what an export of a list held, and when, for "new since last export". */
export async function recordExport(
  db: ShelfDb,
  listId: string,
  keys: string[],
  now: number,
): Promise<ExportRecord> {
  return inTransaction(db, async (tx) => {
    const list = await tx.objectStore('lists').get(listId);
    if (!list) throw new StoreError('That list no longer exists.');
    const record: ExportRecord = { listId, at: now, keys: [...new Set(keys)] };
    await tx.objectStore('lists').put({ ...list, exportedAt: now });
    await tx.objectStore('exports').put(record);
    return record;
  });
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

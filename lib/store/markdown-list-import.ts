/**
 * "Import Markdown" on the library page: a file becomes a new list, or refreshes a list
 * from a newer version of its file. The file is read and checked before the transaction
 * starts, and everything is written in that one transaction: a bad file changes nothing
 * (its MarkdownImportError names the line).
 */
import { type Collection, defaultNewId, type NewId } from '../collection/collection';
import { applyImportedList, fileImportedEntries } from '../collection/imported-list';
import { type ImportedList, importList } from '../markdown/index';
import { decodeInput } from '../markdown/input';
import type { Item, List, Topic } from '../types';
import { rollBack, StoreError, Writes } from './errors';
import { renumber, type ShelfDb } from './library';

export interface ImportMarkdownOptions {
  /** Refresh this list from the file; without, the file becomes a new list. */
  listId?: string;
  name?: string;
  fileName?: string;
  now: number;
  newId?: NewId;
}

export interface ImportMarkdownResult {
  list: List;
  created: number;
  merged: number;
  /** Refresh only: entries the newer file no longer holds, taken out of their topic. */
  dropped: number;
}

const STORES = ['lists', 'topics', 'items', 'exports'] as const;

export async function importMarkdown(
  db: ShelfDb,
  input: string | Uint8Array,
  options: ImportMarkdownOptions,
): Promise<ImportMarkdownResult> {
  // Both throw MarkdownImportError (with the line) before anything is written.
  const source = decodeInput(input);
  const imported = importList(source);
  const tx = db.transaction([...STORES], 'readwrite');
  try {
    const items = tx.objectStore('items');
    const keys = [...new Set(imported.entries.map((entry) => entry.capture.key))];
    const known = (await Promise.all(keys.map((key) => items.get(key)))).filter(
      (item): item is Item => item !== undefined,
    );
    let result: ImportMarkdownResult;
    let written: Collection;
    let removedKeys: string[] = [];
    if (options.listId) {
      const list = await tx.objectStore('lists').get(options.listId);
      if (!list) throw new StoreError('That list no longer exists.');
      const topics = await tx.objectStore('topics').index('by-list').getAll(list.id);
      const byTopic = tx.objectStore('items').index('by-topic');
      const filed = (await Promise.all(topics.map((topic) => byTopic.getAll(topic.id)))).flat();
      const collection: Collection = {
        lists: [list],
        topics,
        items: uniqueItems([...known, ...filed]),
      };
      const refreshed = refreshList(collection, list, imported, source, options);
      written = collection;
      removedKeys = refreshed.orphans;
      result = {
        list: refreshed.list,
        created: refreshed.created,
        merged: refreshed.merged,
        dropped: refreshed.dropped,
      };
      for (const id of refreshed.deletedTopics) await tx.objectStore('topics').delete(id);
    } else {
      const collection: Collection = { lists: [], topics: [], items: known };
      const applied = applyImportedList(collection, imported, source, {
        ...(options.name ? { name: options.name } : {}),
        ...(options.fileName ? { fileName: options.fileName } : {}),
        now: options.now,
        newId: options.newId ?? defaultNewId,
      });
      written = collection;
      result = { list: applied.list, created: applied.created, merged: applied.merged, dropped: 0 };
    }
    const writes = new Writes();
    for (const list of written.lists) writes.track(tx.objectStore('lists').put(list));
    for (const topic of written.topics) writes.track(tx.objectStore('topics').put(topic));
    const removed = new Set(removedKeys);
    for (const item of written.items) if (!removed.has(item.key)) writes.track(items.put(item));
    for (const key of removedKeys) writes.track(items.delete(key));
    // What the file holds is the baseline of "new since last export" until the next export.
    writes.track(tx.objectStore('exports').put({ listId: result.list.id, at: options.now, keys }));
    await writes.done(tx);
    return result;
  } catch (error) {
    throw rollBack(tx, error);
  }
}

function uniqueItems(items: Item[]): Item[] {
  return [...new Map(items.map((item) => [item.key, item])).values()];
}

interface RefreshResult {
  list: List;
  created: number;
  merged: number;
  dropped: number;
  deletedTopics: string[];
  /** Items that were in the collection only through entries the newer file dropped. */
  orphans: string[];
}

/**
 * Pure: the list follows a newer version of its file. Entries of the old file that the
 * new one dropped leave their topic; items saved in the extension since the old file was
 * imported stay where they are (export inserts them into the new file); the new file's
 * entries are filed as an import files them.
 */
export function refreshList(
  collection: Collection,
  list: List,
  imported: ImportedList,
  source: string,
  options: { now: number; newId?: NewId; fileName?: string },
): RefreshResult {
  const { now } = options;
  const newId = options.newId ?? defaultNewId;
  const pair = (topic: string, key: string) => `${topic}\u0000${key}`;
  const oldPairs = new Set<string>();
  if (list.source !== undefined) {
    for (const entry of importList(list.source).entries)
      oldPairs.add(pair(entry.topic, entry.capture.key));
  }
  const newPairs = new Set(imported.entries.map((entry) => pair(entry.topic, entry.capture.key)));
  const listTopics = new Map(
    collection.topics.filter((topic) => topic.listId === list.id).map((topic) => [topic.id, topic]),
  );
  let dropped = 0;
  const wasFiled = new Set<string>();
  for (const item of collection.items) {
    const before = item.topicIds.length;
    if (before) wasFiled.add(item.key);
    item.topicIds = item.topicIds.filter((id) => {
      const topic = listTopics.get(id);
      const gone =
        topic &&
        oldPairs.has(pair(topic.path, item.key)) &&
        !newPairs.has(pair(topic.path, item.key));
      if (gone) dropped++;
      return !gone;
    });
    if (item.topicIds.length !== before) item.editedAt = now;
  }

  const { created, merged } = fileImportedEntries(collection, list, imported, now, newId);

  // Topics: the new file's in its order, then the ones only the extension knows (kept if
  // they still hold something, else they were the old file's headings and go).
  const used = new Set(collection.items.flatMap((item) => item.topicIds));
  const inFile = new Set(['', ...imported.topics]);
  const mine = collection.topics.filter((topic) => topic.listId === list.id);
  const keep = (topic: Topic) =>
    inFile.has(topic.path) ||
    mine.some(
      (other) =>
        used.has(other.id) &&
        (other.path === topic.path || other.path.startsWith(`${topic.path} / `)),
    );
  const deletedTopics = mine.filter((topic) => !keep(topic)).map((topic) => topic.id);
  const rank = new Map<string, number>();
  const fileOrder = ['', ...imported.topics];
  for (const topic of mine) {
    const at = fileOrder.indexOf(topic.path);
    rank.set(topic.id, at >= 0 ? at : fileOrder.length + topic.order);
  }
  const kept = mine.filter((topic) => !deletedTopics.includes(topic.id));
  const ordered = renumber(
    kept.map((topic) => ({ ...topic, order: rank.get(topic.id) ?? topic.order })),
  );
  collection.topics = [
    ...collection.topics.filter((topic) => topic.listId !== list.id),
    ...ordered,
  ];
  const orphans = collection.items
    .filter((item) => item.topicIds.length === 0 && wasFiled.has(item.key))
    .map((item) => item.key);

  const next: List = { ...list, source, importedAt: now, style: imported.style };
  if (options.fileName) next.fileName = options.fileName;
  collection.lists = collection.lists.map((l) => (l.id === list.id ? next : l));
  return { list: next, created, merged, dropped, deletedTopics, orphans };
}

/**
 * Applying an imported Markdown list to the collection: the list (with its file as
 * `source`, so export can write the same bytes back), its topics in document order, and
 * its entries as items, joined by identity key with the records already there.
 */
import type { ImportedList } from '../markdown/index';
import type { Item, List } from '../types';
import { type Collection, defaultNewId, type NewId } from './collection';
import { createList } from './lists';
import { mergeCapture, newItem } from './merge';
import { ensureTopic } from './topics';

export interface ApplyImportOptions {
  /** List name; default the document's title, else `Imported list`. */
  name?: string;
  fileName?: string;
  now: number;
  newId?: NewId;
}

export interface ApplyImportResult {
  list: List;
  /** Items created by this import. */
  created: number;
  /** Items that existed and were merged and filed. */
  merged: number;
}

export const DEFAULT_IMPORTED_LIST_NAME = 'Imported list';

export function applyImportedList(
  collection: Collection,
  imported: ImportedList,
  source: string,
  options: ApplyImportOptions,
): ApplyImportResult {
  const { now } = options;
  const newId = options.newId ?? defaultNewId;
  const list = createList(
    collection,
    {
      name: options.name ?? imported.title ?? DEFAULT_IMPORTED_LIST_NAME,
      ...(options.fileName ? { fileName: options.fileName } : {}),
      style: imported.style,
    },
    now,
    newId,
  );
  list.source = source;
  list.importedAt = now;
  const { created, merged } = fileImportedEntries(collection, list, imported, now, newId);
  return { list, created, merged };
}

/**
 * Files a list document's topics and entries into a list of the collection: topics in
 * document order (remembering their heading paths), entries as items joined by identity
 * key with the records already there. Used by a first import and by a refresh.
 */
export function fileImportedEntries(
  collection: Collection,
  list: List,
  imported: ImportedList,
  now: number,
  newId: NewId,
): { created: number; merged: number } {
  ensureTopic(collection, list.id, '', now, newId);
  for (const path of imported.topics) ensureTopic(collection, list.id, path, now, newId);
  markSourcePaths(collection, list.id, imported.topics);

  const indexByKey = new Map<string, number>();
  collection.items.forEach((item, index) => {
    indexByKey.set(item.key, index);
  });
  const touched = new Set<string>();
  let created = 0;
  let merged = 0;
  const count = imported.entries.length;
  imported.entries.forEach((entry, position) => {
    const topic = ensureTopic(collection, list.id, entry.topic, now, newId);
    const index = indexByKey.get(entry.capture.key);
    let item: Item;
    if (index === undefined) {
      // Document order is saved order: earlier entries get earlier (past) save times.
      item = { ...newItem(entry.capture, now), savedAt: now - (count - 1 - position) };
      collection.items.push(item);
      indexByKey.set(item.key, collection.items.length - 1);
      created++;
    } else if (touched.has(entry.capture.key)) {
      // The same work twice in one file: the first entry's fields stand, as export expects.
      item = collection.items[index] as Item;
    } else {
      item = mergeCapture(collection.items[index] as Item, entry.capture, now);
      collection.items[index] = item;
      merged++;
    }
    if (!touched.has(item.key)) {
      if (entry.note !== undefined && entry.note !== '') item.note = entry.note;
      if (entry.status !== undefined) item.status = entry.status;
    }
    touched.add(item.key);
    if (!item.topicIds.includes(topic.id)) item.topicIds = [...item.topicIds, topic.id];
    // Filing is the user's doing; export compares later edits against this moment.
    item.editedAt = now;
  });
  return { created, merged };
}

/**
 * Topics that are headings of the list's file remember that heading's path: renamed later,
 * they are written back by renaming the heading in place.
 */
export function markSourcePaths(collection: Collection, listId: string, paths: string[]): void {
  const inFile = new Set(paths);
  for (const topic of collection.topics) {
    if (topic.listId === listId && inFile.has(topic.path)) topic.sourcePath = topic.path;
  }
}

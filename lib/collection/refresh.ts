/**
 * Refreshing a list from a newer version of its file (someone else edited it in the
 * repository): entries the new file dropped leave their topic, the new file's entries are
 * filed as an import files them, and what was saved in the extension since stays.
 */
import { type ImportedList, importList } from '../markdown/index';
import type { List, Topic } from '../types';
import { type Collection, defaultNewId, type NewId } from './collection';
import { fileImportedEntries } from './imported-list';
import { renumber } from './topics';

export interface RefreshResult {
  list: List;
  created: number;
  merged: number;
  dropped: number;
  deletedTopics: string[];
  /** Items that were in the collection only through entries the newer file dropped. */
  orphans: string[];
}

/**
 * The list follows a newer version of its file. Entries of the old file that the
 * new one dropped leave their topic; items saved in the extension since the old file was
 * imported stay where they are (export inserts them into the new file); the new file's
 * entries are filed as an import files them.
 */
export function refreshList(
  collection: Collection,
  list: List,
  imported: ImportedList,
  source: string,
  options: {
    now: number;
    newId?: NewId;
    fileName?: string;
    /** The list's source already read; ignored unless it is that very text. */
    previous?: { source: string; imported: ImportedList };
  },
): RefreshResult {
  const { now } = options;
  const newId = options.newId ?? defaultNewId;
  const pair = (topic: string, key: string) => `${topic}\u0000${key}`;
  const oldPairs = new Set<string>();
  if (list.source !== undefined) {
    const old =
      options.previous?.source === list.source
        ? options.previous.imported
        : importList(list.source);
    for (const entry of old.entries) oldPairs.add(pair(entry.topic, entry.capture.key));
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

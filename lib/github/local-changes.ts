/**
 * What a list changed since the text it was last in sync with (its base): entries added,
 * edited and removed (a move is a removal and an addition), topics renamed and deleted.
 * Compared by (topic, identity key) pairs, as the refresh-from-file rules compare files,
 * so the changes can be re-applied onto a newer version of the file.
 */
import { listExportInput } from '../collection/list-export';
import { parentTopicPath } from '../topic-path';
import type { Collection } from '../collection/collection';
import { type ImportedEntry, type ImportedList, importList } from '../markdown/index';
import type { Item, List } from '../types';

export interface AddedEntry {
  /** The topic's path in the list now. */
  topic: string;
  /** Its heading path in the base, when the base had that topic. */
  baseTopic?: string;
  item: Item;
}

export interface RemovedEntry {
  baseTopic: string;
  key: string;
  title: string;
  entry: ImportedEntry;
}

export interface EditedEntry {
  baseTopic: string;
  item: Item;
  entry: ImportedEntry;
}

export interface LocalChanges {
  added: AddedEntry[];
  removed: RemovedEntry[];
  edited: EditedEntry[];
  renamed: { from: string; to: string }[];
  /** Topics of the base the list no longer has. */
  deletedTopics: string[];
  /** The list's topics in order, with their base heading path when they had one. */
  topics: { path: string; baseTopic?: string }[];
}

export const pairKey = (topic: string, key: string) => `${topic}\u0000${key}`;

/** Fields the user edits, as export compares them (lib/markdown/insert.ts). */
export function sameEntryFields(
  a: Pick<Item, 'title' | 'url'> & { note?: string; status?: string },
  b: ImportedEntry,
): boolean {
  return (
    a.title === b.capture.title &&
    a.url === b.capture.url &&
    (a.note || '') === (b.note || '') &&
    (b.status === undefined || a.status === b.status)
  );
}

export function entriesByPair(imported: ImportedList): Map<string, ImportedEntry> {
  const pairs = new Map<string, ImportedEntry>();
  for (const entry of imported.entries) {
    const pair = pairKey(entry.topic, entry.capture.key);
    if (!pairs.has(pair)) pairs.set(pair, entry);
  }
  return pairs;
}

/**
 * The base parsed once: it is the same text for every plan until the next pull or push, so
 * a plan made when the file arrives fresh from GitHub only parses that file.
 */
let lastBase: { text: string; parsed: ImportedList } | undefined;

export function parsedBase(text: string): ImportedList {
  if (lastBase?.text !== text) lastBase = { text, parsed: importList(text) };
  return lastBase.parsed;
}

export function localChanges(
  collection: Collection,
  list: List,
  base: ImportedList | string,
): LocalChanges {
  const baseList = typeof base === 'string' ? parsedBase(base) : base;
  const baseTopics = new Set(['', ...baseList.topics]);
  const basePairs = entriesByPair(baseList);
  const ours = listExportInput(collection, list).topics;
  const changes: LocalChanges = {
    added: [],
    removed: [],
    edited: [],
    renamed: [],
    deletedTopics: [],
    topics: [],
  };
  const matched = new Set<string>();
  const mapped = new Set<string>();
  for (const topic of ours) {
    let baseTopic: string | undefined;
    const from = topic.sourcePath;
    // Only a rename under the same parent is done in place (lib/markdown/rename.ts); a
    // topic moved elsewhere is a new topic, its entries added there and removed here.
    if (
      from !== undefined &&
      from !== topic.path &&
      baseTopics.has(from) &&
      parentTopicPath(from) === parentTopicPath(topic.path) &&
      !baseTopics.has(topic.path)
    ) {
      baseTopic = from;
      changes.renamed.push({ from, to: topic.path });
    } else if (baseTopics.has(topic.path)) {
      baseTopic = topic.path;
    }
    if (baseTopic !== undefined) mapped.add(baseTopic);
    changes.topics.push(
      baseTopic === undefined ? { path: topic.path } : { path: topic.path, baseTopic },
    );
    for (const item of topic.items) {
      const pair = baseTopic === undefined ? undefined : pairKey(baseTopic, item.key);
      const entry = pair === undefined ? undefined : basePairs.get(pair);
      if (pair === undefined || entry === undefined) {
        changes.added.push(
          baseTopic === undefined
            ? { topic: topic.path, item }
            : { topic: topic.path, baseTopic, item },
        );
        continue;
      }
      matched.add(pair);
      if (!sameEntryFields(item, entry) && editedSinceSync(item, list)) {
        changes.edited.push({ baseTopic: baseTopic as string, item, entry });
      }
    }
  }
  for (const [pair, entry] of basePairs) {
    if (matched.has(pair)) continue;
    changes.removed.push({
      baseTopic: entry.topic,
      key: entry.capture.key,
      title: entry.capture.title,
      entry,
    });
  }
  for (const path of baseTopics) if (!mapped.has(path)) changes.deletedTopics.push(path);
  return changes;
}

/**
 * An item that differs from its entry but was last edited before the sync has not changed
 * since: a later capture merged in a fuller title, say. Export keeps the file's bytes then.
 */
function editedSinceSync(item: Item, list: List): boolean {
  const since = list.importedAt;
  return item.editedAt === undefined || since === undefined || item.editedAt > since;
}

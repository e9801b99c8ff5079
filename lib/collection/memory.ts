/**
 * The same operations on a collection held in memory (the CLI's backup file, tests): the
 * slice is read from the arrays, and the changes are written back into them, exactly as
 * the IndexedDB store reads and writes its object stores.
 */
import type { Collection, Context } from './collection';
import type { ExportRecord } from './exports';
import { runOperation } from './run';
import type { Changes, Operation, Outcome, Slice, SliceRequest } from './slice';
import { isInsidePath } from '../topic-path';

/** A whole collection; a backup has no export records or settings, and gains none. */
export type HeldCollection = Collection & {
  exports?: ExportRecord[];
  settings?: Record<string, unknown>;
};

export function readSlice(collection: HeldCollection, request: SliceRequest): Slice {
  const topics = collection.topics;
  const wanted = new Set<string>();
  const all = request.items === 'all';
  if (Array.isArray(request.items)) for (const key of request.items) wanted.add(key);
  const topicIds = topicsRequested(collection, request);
  const items = collection.items.filter(
    (item) => all || wanted.has(item.key) || item.topicIds.some((id) => topicIds.has(id)),
  );
  const exportsWanted = request.exports;
  const exports = (collection.exports ?? []).filter(
    (record) => exportsWanted === 'all' || (exportsWanted ?? []).includes(record.listId),
  );
  const settings: Record<string, unknown> = {};
  for (const name of request.settings ?? []) {
    const value = collection.settings?.[name];
    if (value !== undefined) settings[name] = value;
  }
  return { lists: [...collection.lists], topics: [...topics], items, exports, settings };
}

/** The topic ids whose items `itemsUnder` and `itemsOfList` ask for. */
export function topicsRequested(collection: Collection, request: SliceRequest): Set<string> {
  const ids = new Set<string>();
  for (const id of request.itemsUnder ?? []) {
    const root = collection.topics.find((topic) => topic.id === id);
    if (!root) continue;
    for (const topic of collection.topics) {
      if (topic.listId === root.listId && isInsidePath(topic.path, root.path)) ids.add(topic.id);
    }
  }
  if (request.itemsOfList !== undefined) {
    for (const topic of collection.topics) {
      if (topic.listId === request.itemsOfList) ids.add(topic.id);
    }
  }
  return ids;
}

export function applyChanges(collection: HeldCollection, changes: Changes): void {
  // Records keep their place in the arrays (a backup file's order), new ones go last.
  const replace = <T>(records: T[], key: (record: T) => string, put: T[], remove: string[]) => {
    const gone = new Set(remove);
    const fresh = new Map(put.map((record) => [key(record), record]));
    const kept = records
      .filter((record) => !gone.has(key(record)))
      .map((record) => {
        const next = fresh.get(key(record));
        fresh.delete(key(record));
        return next ?? record;
      });
    return [...kept, ...fresh.values()];
  };
  collection.lists = replace(collection.lists, (l) => l.id, changes.lists, changes.removeLists);
  collection.topics = replace(collection.topics, (t) => t.id, changes.topics, changes.removeTopics);
  collection.items = replace(collection.items, (i) => i.key, changes.items, changes.removeItems);
  if (collection.exports) {
    collection.exports = replace(
      collection.exports,
      (e) => e.listId,
      changes.exports,
      changes.removeExports,
    );
  }
  if (collection.settings) {
    for (const [name, value] of Object.entries(changes.settings)) {
      if (value === undefined) delete collection.settings[name];
      else collection.settings[name] = value;
    }
  }
}

/** Runs an operation on a collection held in memory and writes its changes into it. */
export function runInMemory<T>(
  collection: HeldCollection,
  operation: Operation<T>,
  context: Context,
): Outcome<T> {
  const outcome = runOperation(operation, readSlice(collection, operation.needs), context);
  applyChanges(collection, outcome.changed);
  return outcome;
}

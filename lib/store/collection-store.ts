/**
 * The collection in IndexedDB. Every change is an operation of lib/collection/ run here in
 * one readwrite transaction: the slice it declares is read, the rule applied, and only the
 * difference written. So two tabs saving the same work at once still leave one record
 * (IndexedDB runs readwrite transactions over the same stores one after the other), and a
 * failure part-way leaves the collection as it was.
 *
 * Extension pages (popup, library, background) open it; content scripts never do: there
 * it would be the visited site's database.
 */
import { defaultNewId, type Collection, type NewId } from '../collection/collection';
import type { ExportRecord } from '../collection/exports';
import { linkKeys } from '../collection/links';
import {
  fileCaptureOperation,
  LAST_LIST_SETTING,
  lastTopicSetting,
  removeItems,
  restoreItems,
} from '../collection/operations';
import { runOperation } from '../collection/run';
import type { Changes, Operation, Outcome } from '../collection/slice';
import type { SaveRequest, SaveResult } from '../messaging';
import type { Capture, Item, ItemKind, List, Topic } from '../types';
import { Connection, type CollectionDb } from './connection';
import { rollBack, StoreError, Writes } from './errors';
import { DB_NAME } from './schema';
import { ALL_STORES, readSlice, writeChanges } from './slice-io';

export interface StoreOptions {
  name?: string;
  now?: () => number;
  newId?: NewId;
  /** Told when another tab holds the database open on an older schema. */
  onBlocked?: () => void;
}

/** A list's topics in order, each with its items in saved order: what export needs. */
export interface ListView {
  list: List;
  topics: { topic: Topic; items: Item[] }[];
}

/** Everything the library page shows. */
export interface LibraryData {
  lists: List[];
  topics: Topic[];
  items: Item[];
  exports: ExportRecord[];
}

/** How many records of each kind: what "unchanged" and "emptier" are checked against. */
export interface Counts {
  lists: number;
  topics: number;
  items: number;
}

const VIEW_STORES = ['lists', 'topics', 'items', 'exports'] as const;

export class CollectionStore {
  private constructor(
    private readonly connection: Connection,
    private readonly now: () => number,
    private readonly newId: NewId,
  ) {}

  /** Opens the collection (a failure to open, such as a newer schema, is thrown here). */
  static async open(options: StoreOptions = {}): Promise<CollectionStore> {
    const connection = new Connection({
      name: options.name ?? DB_NAME,
      ...(options.onBlocked ? { onBlocked: options.onBlocked } : {}),
    });
    await connection.get();
    return new CollectionStore(connection, options.now ?? Date.now, options.newId ?? defaultNewId);
  }

  close(): void {
    this.connection.close();
  }

  /** The open IndexedDB connection, for tests that close it under the store. */
  get openConnection(): CollectionDb | undefined {
    return this.connection.database;
  }

  /** Runs one operation of the rulebook in one transaction; returns its outcome and undo. */
  run<T>(operation: Operation<T>): Promise<Outcome<T>> {
    return this.connection.use(async (db) => {
      const tx = db.transaction([...ALL_STORES], 'readwrite');
      try {
        const slice = await readSlice(tx, operation.needs);
        const outcome = runOperation(operation, slice, { now: this.now(), newId: this.newId });
        const writes = new Writes();
        writeChanges(tx, outcome.changed, writes);
        await writes.done(tx);
        return outcome;
      } catch (error) {
        throw rollBack(tx, error);
      }
    });
  }

  /** Writes a set of changes (an operation's undo) in one transaction. */
  applyUndo(changes: Changes): Promise<void> {
    return this.connection.use(async (db) => {
      const tx = db.transaction([...ALL_STORES], 'readwrite');
      try {
        const writes = new Writes();
        writeChanges(tx, changes, writes);
        await writes.done(tx);
      } catch (error) {
        throw rollBack(tx, error);
      }
    });
  }

  /** Files a capture under a topic: one record per identity key. */
  async save(request: SaveRequest): Promise<SaveResult> {
    const topics = request.topics ?? (request.topic === undefined ? [] : [request.topic]);
    const { result } = await this.run(
      fileCaptureOperation({
        capture: request.capture,
        topics,
        ...(request.listId ? { listId: request.listId } : {}),
        ...(request.replaceTopics ? { replaceTopics: true } : {}),
        ...(request.note !== undefined ? { note: request.note } : {}),
        ...(request.status !== undefined ? { status: request.status } : {}),
      }),
    );
    return {
      item: result.item,
      existed: result.existed,
      filedUnder: result.topics.map((topic) => describePlace(result.list, topic)).join('; '),
    };
  }

  /** Deletes a work's record; returns it so the caller can offer to undo. */
  async remove(key: string): Promise<Item | undefined> {
    return (await this.run(removeItems([key]))).result[0];
  }

  /** Puts back a removed record exactly as it was (undo). */
  async restore(item: Item): Promise<void> {
    await this.run(restoreItems([item]));
  }

  // ---- reads ----

  private read<T>(work: (db: CollectionDb) => Promise<T>): Promise<T> {
    return this.connection.use(work);
  }

  /** The topic the last save of this kind of item went to (`''` for a list's top). */
  lastTopic(kind: ItemKind): Promise<string | undefined> {
    return this.getSetting<string>(lastTopicSetting(kind));
  }

  /** The list the last save went to. */
  lastListId(): Promise<string | undefined> {
    return this.getSetting<string>(LAST_LIST_SETTING);
  }

  /**
   * Records linked to a work either way: those it points to (its code, the papers it
   * cites) and those pointing to it (a paper whose code it is, a model citing it).
   */
  connections(capture: Capture): Promise<Item[]> {
    return this.read(async (db) => {
      const tx = db.transaction('items');
      // The record may know more links than this capture (an earlier save from another page).
      const stored = await tx.store.get(capture.key);
      const pointsTo = new Set([...linkKeys(capture), ...(stored?.links ?? [])]);
      const [outgoing, incoming] = await Promise.all([
        Promise.all([...pointsTo].map((key) => tx.store.get(key))),
        tx.store.index('by-link').getAll(capture.key),
      ]);
      const found = new Map<string, Item>();
      for (const item of [...outgoing, ...incoming]) {
        if (item && item.key !== capture.key) found.set(item.key, item);
      }
      return [...found.values()];
    });
  }

  /**
   * Up to `perTopic` items of each topic: enough words to suggest topics from, read with
   * one request per topic so the read transaction is short (a save waits for it), however
   * large the collection grows.
   */
  sampleItemsByTopic(perTopic: number): Promise<{ topic: Topic; items: Item[] }[]> {
    return this.read(async (db) => {
      const tx = db.transaction(['topics', 'items']);
      const topics = await tx.objectStore('topics').getAll();
      const byTopic = tx.objectStore('items').index('by-topic');
      return Promise.all(
        topics.map(async (topic) => ({ topic, items: await byTopic.getAll(topic.id, perTopic) })),
      );
    });
  }

  getItem(key: string): Promise<Item | undefined> {
    return this.read((db) => db.get('items', key));
  }

  /** Every saved record's identity key. */
  allKeys(): Promise<string[]> {
    return this.read((db) => db.getAllKeys('items'));
  }

  /** Which of these identity keys are in the collection. */
  savedKeys(keys: string[]): Promise<string[]> {
    return this.read(async (db) => {
      const tx = db.transaction('items');
      const found = await Promise.all(keys.map((key) => tx.store.getKey(key)));
      return keys.filter((_, index) => found[index] !== undefined);
    });
  }

  lists(): Promise<List[]> {
    return this.read(async (db) => byCreation(await db.getAll('lists')));
  }

  topics(listId?: string): Promise<Topic[]> {
    return this.read(async (db) => {
      const topics = listId
        ? await db.getAllFromIndex('topics', 'by-list', listId)
        : await db.getAll('topics');
      return topics.sort((a, b) => a.order - b.order);
    });
  }

  /** Where an item is filed, as people read it: `Reading list › A / B`. */
  placesOf(item: Item): Promise<string[]> {
    return this.read(async (db) => {
      const tx = db.transaction(['topics', 'lists']);
      const places: string[] = [];
      for (const topicId of item.topicIds) {
        const topic = await tx.objectStore('topics').get(topicId);
        const list = topic && (await tx.objectStore('lists').get(topic.listId));
        if (topic && list) places.push(describePlace(list, topic));
      }
      return places;
    });
  }

  /** A list's topics in order with their items in saved order. */
  listView(listId: string): Promise<ListView> {
    return this.read(async (db) => {
      const tx = db.transaction(['lists', 'topics', 'items']);
      const list = await tx.objectStore('lists').get(listId);
      if (!list) throw new StoreError('That list no longer exists.');
      const topics = (await tx.objectStore('topics').index('by-list').getAll(listId)).sort(
        (a, b) => a.order - b.order,
      );
      const byTopic = tx.objectStore('items').index('by-topic');
      const groups = await Promise.all(
        topics.map(async (topic) => ({
          topic,
          items: (await byTopic.getAll(topic.id)).sort((a, b) => a.savedAt - b.savedAt),
        })),
      );
      return { list, topics: groups };
    });
  }

  /** Everything, for backups, safety copies and the CLI's format. */
  readAll(): Promise<Collection> {
    return this.read(async (db) => {
      const tx = db.transaction(['lists', 'topics', 'items']);
      const [lists, topics, items] = await Promise.all([
        tx.objectStore('lists').getAll(),
        tx.objectStore('topics').getAll(),
        tx.objectStore('items').getAll(),
      ]);
      return { lists, topics, items };
    });
  }

  counts(): Promise<Counts> {
    return this.read(async (db) => {
      const tx = db.transaction(['lists', 'topics', 'items']);
      const [lists, topics, items] = await Promise.all([
        tx.objectStore('lists').count(),
        tx.objectStore('topics').count(),
        tx.objectStore('items').count(),
      ]);
      return { lists, topics, items };
    });
  }

  /** Everything the library page shows. */
  loadLibrary(): Promise<LibraryData> {
    return this.read(async (db) => {
      const tx = db.transaction([...VIEW_STORES]);
      const [lists, topics, items, exports] = await Promise.all([
        tx.objectStore('lists').getAll(),
        tx.objectStore('topics').getAll(),
        tx.objectStore('items').getAll(),
        tx.objectStore('exports').getAll(),
      ]);
      return { lists: byCreation(lists), topics: byOrder(topics), items, exports };
    });
  }

  /**
   * The first screen's worth: lists, topics and export records, and only the items of the
   * first list's first topic that has any. The page shows that at once and loads the rest
   * (`loadLibrary`) behind it: reading 10,000 records takes longer than the whole first paint.
   */
  loadFirstTopic(): Promise<LibraryData> {
    return this.read(async (db) => {
      const tx = db.transaction([...VIEW_STORES]);
      const [lists, topics, exports] = await Promise.all([
        tx.objectStore('lists').getAll(),
        tx.objectStore('topics').getAll(),
        tx.objectStore('exports').getAll(),
      ]);
      byCreation(lists);
      byOrder(topics);
      const first = lists[0];
      const byTopic = tx.objectStore('items').index('by-topic');
      for (const topic of topics) {
        if (topic.listId !== first?.id) continue;
        const items = await byTopic.getAll(topic.id);
        if (items.length) return { lists, topics, items, exports };
      }
      return { lists, topics, items: [], exports };
    });
  }

  /**
   * `data` brought up to date after an operation whose undo (or changes) is `touched`: the
   * records it names are read again (deleted ones leave, restored ones come back); lists,
   * topics and export records are small and read whole.
   */
  reloadTouched(data: LibraryData, touched: Changes): Promise<LibraryData> {
    return this.read(async (db) => {
      const tx = db.transaction([...VIEW_STORES]);
      const keys = [...new Set([...touched.items.map((item) => item.key), ...touched.removeItems])];
      const [lists, topics, exports, fresh] = await Promise.all([
        tx.objectStore('lists').getAll(),
        tx.objectStore('topics').getAll(),
        tx.objectStore('exports').getAll(),
        Promise.all(keys.map((key) => tx.objectStore('items').get(key))),
      ]);
      const changed = new Map(keys.map((key, index) => [key, fresh[index]]));
      const items: Item[] = [];
      for (const item of data.items) {
        if (!changed.has(item.key)) items.push(item);
      }
      for (const item of changed.values()) if (item) items.push(item);
      return { lists: byCreation(lists), topics: byOrder(topics), items, exports };
    });
  }

  getSetting<T>(name: string): Promise<T | undefined> {
    return this.read(async (db) => (await db.get('settings', name)) as T | undefined);
  }

  setSetting(name: string, value: unknown): Promise<void> {
    return this.read(async (db) => {
      await db.put('settings', value, name);
    });
  }
}

function byCreation(lists: List[]): List[] {
  return lists.sort((a, b) => a.createdAt - b.createdAt);
}

function byOrder(topics: Topic[]): Topic[] {
  return topics.sort((a, b) => a.order - b.order);
}

export function describePlace(list: List, topic: Topic): string {
  return topic.path ? `${topic.path} in ${list.name}` : list.name;
}

/**
 * The collection in IndexedDB. Every write goes through here, each in one transaction, so
 * two tabs saving the same work at once still leave one record (IndexedDB runs readwrite
 * transactions over the same stores one after the other).
 *
 * Extension pages (popup, options, background) open it; content scripts never do: there
 * it would be the visited site's database.
 */
import { type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';
import {
  type Collection,
  createList,
  DEFAULT_LIST_NAME,
  defaultNewId,
  fileCapture,
  type NewId,
} from '../collection/collection';
import { linkKeys } from '../collection/links';
import type { SaveRequest, SaveResult } from '../messaging';
import type { Capture, Item, ItemKind, List, Topic } from '../types';
import { describeStoreError, rollBack, StoreError } from './errors';
import { migrate } from './migrations';
import { DB_NAME, DB_VERSION, type ShelfSchema } from './schema';

export interface ShelfOptions {
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

const DEFAULT_LIST_SETTING = 'defaultListId';
const LAST_LIST_SETTING = 'lastListId';

function lastTopicSetting(kind: ItemKind): string {
  return `lastTopic:${kind}`;
}

const WRITE_STORES = ['lists', 'topics', 'items', 'settings'] as const;
type WriteTx = IDBPTransaction<
  ShelfSchema,
  typeof WRITE_STORES extends readonly (infer S)[] ? S[] : never,
  'readwrite'
>;

export class Shelf {
  private constructor(
    readonly db: IDBPDatabase<ShelfSchema>,
    private readonly now: () => number,
    private readonly newId: NewId,
  ) {}

  static async open(options: ShelfOptions = {}): Promise<Shelf> {
    try {
      const db = await openDB<ShelfSchema>(options.name ?? DB_NAME, DB_VERSION, {
        upgrade: (database, oldVersion, newVersion, tx) =>
          migrate(database, oldVersion, newVersion ?? DB_VERSION, tx),
        blocked: () => options.onBlocked?.(),
        // A newer version of the extension wants to upgrade: let it, and stop using this one.
        blocking: () => db.close(),
      });
      return new Shelf(db, options.now ?? Date.now, options.newId ?? defaultNewId);
    } catch (error) {
      throw describeStoreError(error);
    }
  }

  close(): void {
    this.db.close();
  }

  /** Files a capture under a topic: one transaction, one record per identity key. */
  async save(request: SaveRequest): Promise<SaveResult> {
    const tx: WriteTx = this.db.transaction([...WRITE_STORES], 'readwrite');
    try {
      const list = await this.resolveList(tx, request.listId);
      const listTopics = await tx.objectStore('topics').index('by-list').getAll(list.id);
      const existing = await tx.objectStore('items').get(request.capture.key);
      const collection: Collection = {
        lists: [list],
        topics: [...listTopics],
        items: existing ? [existing] : [],
      };
      const filed = fileCapture(
        collection,
        {
          capture: request.capture,
          listId: list.id,
          topics: request.topics ?? (request.topic === undefined ? [] : [request.topic]),
          replaceTopics: request.replaceTopics,
          note: request.note,
          status: request.status,
        },
        this.now(),
        this.newId,
      );
      const known = new Set(listTopics.map((topic) => topic.id));
      const writes: Promise<unknown>[] = [
        tx.objectStore('items').put(filed.item),
        // The next save of this kind of item starts from this topic.
        tx
          .objectStore('settings')
          .put(filed.topics[0]?.path ?? '', lastTopicSetting(filed.item.kind)),
        tx.objectStore('settings').put(list.id, LAST_LIST_SETTING),
      ];
      for (const topic of collection.topics) {
        if (!known.has(topic.id)) writes.push(tx.objectStore('topics').put(topic));
      }
      await Promise.all([...writes, tx.done]);
      return {
        item: filed.item,
        existed: filed.existed,
        filedUnder: filed.topics.map((topic) => describePlace(list, topic)).join('; '),
      };
    } catch (error) {
      throw rollBack(tx, error);
    }
  }

  /** The list to file into: the one asked for, else the default list (created on first use). */
  private async resolveList(tx: WriteTx, listId: string | undefined): Promise<List> {
    if (listId) {
      const list = await tx.objectStore('lists').get(listId);
      if (!list) throw new StoreError('That list no longer exists: pick another one.');
      return list;
    }
    const defaultId = (await tx.objectStore('settings').get(DEFAULT_LIST_SETTING)) as
      string | undefined;
    const preferred = defaultId ? await tx.objectStore('lists').get(defaultId) : undefined;
    if (preferred) return preferred;
    const lists = await tx.objectStore('lists').getAll();
    const oldest = lists.sort((a, b) => a.createdAt - b.createdAt)[0];
    if (oldest) return oldest;
    const list = createList(
      { lists: [], topics: [], items: [] },
      { name: DEFAULT_LIST_NAME },
      this.now(),
      this.newId,
    );
    await tx.objectStore('lists').put(list);
    await tx.objectStore('settings').put(list.id, DEFAULT_LIST_SETTING);
    return list;
  }

  /** The topic the last save of this kind of item went to (`''` for a list's top). */
  async lastTopic(kind: ItemKind): Promise<string | undefined> {
    return this.getSetting<string>(lastTopicSetting(kind));
  }

  /** Deletes a work's record; returns it so the caller can offer to undo. */
  async remove(key: string): Promise<Item | undefined> {
    const tx = this.db.transaction('items', 'readwrite');
    const item = await tx.store.get(key);
    if (item) await tx.store.delete(key);
    await tx.done;
    return item;
  }

  /**
   * Records linked to a work either way: those it points to (its code, the papers it
   * cites) and those pointing to it (a paper whose code it is, a model citing it).
   */
  async connections(capture: Capture): Promise<Item[]> {
    const tx = this.db.transaction('items');
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
  }

  /** Puts back a removed record exactly as it was (undo). */
  async restore(item: Item): Promise<void> {
    await this.db.put('items', item);
  }

  /**
   * Up to `perTopic` items of each topic: enough words to suggest topics from, read with
   * one request per topic so the read transaction is short (a save waits for it), however
   * large the collection grows.
   */
  async sampleItemsByTopic(perTopic: number): Promise<{ topic: Topic; items: Item[] }[]> {
    const tx = this.db.transaction(['topics', 'items']);
    const topics = await tx.objectStore('topics').getAll();
    const byTopic = tx.objectStore('items').index('by-topic');
    return Promise.all(
      topics.map(async (topic) => ({ topic, items: await byTopic.getAll(topic.id, perTopic) })),
    );
  }

  async getItem(key: string): Promise<Item | undefined> {
    return this.db.get('items', key);
  }

  /** Every saved record's identity key. */
  async allKeys(): Promise<string[]> {
    return this.db.getAllKeys('items');
  }

  /** Which of these identity keys are in the collection. */
  async savedKeys(keys: string[]): Promise<string[]> {
    const tx = this.db.transaction('items');
    const found = await Promise.all(keys.map((key) => tx.store.getKey(key)));
    return keys.filter((_, index) => found[index] !== undefined);
  }

  async lists(): Promise<List[]> {
    const lists = await this.db.getAll('lists');
    return lists.sort((a, b) => a.createdAt - b.createdAt);
  }

  async topics(listId?: string): Promise<Topic[]> {
    const topics = listId
      ? await this.db.getAllFromIndex('topics', 'by-list', listId)
      : await this.db.getAll('topics');
    return topics.sort((a, b) => a.order - b.order);
  }

  /** Where an item is filed, as people read it: `Reading list › A / B`. */
  async placesOf(item: Item): Promise<string[]> {
    const tx = this.db.transaction(['topics', 'lists']);
    const places: string[] = [];
    for (const topicId of item.topicIds) {
      const topic = await tx.objectStore('topics').get(topicId);
      const list = topic && (await tx.objectStore('lists').get(topic.listId));
      if (topic && list) places.push(describePlace(list, topic));
    }
    return places;
  }

  /** A list's topics in order with their items in saved order. */
  async listView(listId: string): Promise<ListView> {
    const tx = this.db.transaction(['lists', 'topics', 'items']);
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
  }

  /** Everything, for backups and the CLI's format. */
  async readAll(): Promise<Collection> {
    const tx = this.db.transaction(['lists', 'topics', 'items']);
    const [lists, topics, items] = await Promise.all([
      tx.objectStore('lists').getAll(),
      tx.objectStore('topics').getAll(),
      tx.objectStore('items').getAll(),
    ]);
    return { lists, topics, items };
  }

  async getSetting<T>(name: string): Promise<T | undefined> {
    return (await this.db.get('settings', name)) as T | undefined;
  }

  async setSetting(name: string, value: unknown): Promise<void> {
    await this.db.put('settings', value, name);
  }
}

export function describePlace(list: List, topic: Topic): string {
  return topic.path ? `${topic.path} in ${list.name}` : list.name;
}

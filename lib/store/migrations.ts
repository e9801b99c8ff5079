/**
 * One migration per schema version, applied in order from the version a database has to
 * DB_VERSION. A migration may only add: stores, indexes, or fields derived from records;
 * v4 also respells topic paths the old parser got wrong (lib/slashed-topics.ts).
 */
import type { IDBPDatabase, IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import { withLinks } from '../collection/merge';
import type * as SlashedTopics from '../slashed-topics';
import type { CollectionSchema } from './schema';

/**
 * What the v4 migration reads imported lists with: the Markdown engine (~190 KB with
 * marked). Every page that opens the store would carry it for a one-time upgrade, so the
 * connection loads it only for a database that needs it (`needsListReader`).
 */
export type ListReader = Pick<typeof SlashedTopics, 'slashedTopicFixes' | 'removableParents'>;

/** MIGRATIONS[3] (v3 → v4) reads lists; a database below v4 runs it. */
const LIST_READING_STEP = 3;

/**
 * Whether upgrading a database at `oldVersion` reads its lists. A new database (version 0)
 * has none yet, and one at v4 or later was read already.
 */
export function needsListReader(oldVersion: number): boolean {
  return oldVersion > 0 && oldVersion <= LIST_READING_STEP;
}

export type Migration = (
  db: IDBPDatabase<CollectionSchema>,
  tx: IDBPTransaction<CollectionSchema, StoreNames<CollectionSchema>[], 'versionchange'>,
  reader?: ListReader,
) => void;

/** MIGRATIONS[n] takes a database from version n to n + 1. */
export const MIGRATIONS: Migration[] = [
  // v1: lists, topics (by list), items keyed by identity (by topic, by first save).
  (db) => {
    db.createObjectStore('lists', { keyPath: 'id' });
    const topics = db.createObjectStore('topics', { keyPath: 'id' });
    topics.createIndex('by-list', 'listId');
    const items = db.createObjectStore('items', { keyPath: 'key' });
    items.createIndex('by-topic', 'topicIds', { multiEntry: true });
    items.createIndex('by-saved', 'savedAt');
    db.createObjectStore('settings');
  },
  // v2: what each list's last export held, for the library's "new since last export" filter.
  // Lists from v1 have none yet: the library falls back to their exportedAt / importedAt.
  (db) => {
    db.createObjectStore('exports', { keyPath: 'listId' });
  },
  // v3: links between records (a paper's code, a model's papers) indexed both ways. Items
  // saved before get their derived `links` field here; nothing else of them changes.
  (_db, tx) => {
    const items = tx.objectStore('items');
    items.createIndex('by-link', 'links', { multiEntry: true });
    void backfillLinks(items);
  },
  // v4: topic paths of imported lists whose file has a heading holding ` / `, saved before
  // such a slash was escaped (lib/slashed-topics.ts): one topic again, made-up parents gone.
  // A database created at this version holds no list, and needs no reader (see migrate).
  (_db, tx, reader) => {
    if (reader) void respellSlashedTopics(tx, reader);
  },
];

type UpgradeTx = IDBPTransaction<CollectionSchema, StoreNames<CollectionSchema>[], 'versionchange'>;

/** Runs inside the upgrade transaction: only IndexedDB requests are awaited. */
async function respellSlashedTopics(tx: UpgradeTx, reader: ListReader): Promise<void> {
  const { slashedTopicFixes, removableParents } = reader;
  const topicStore = tx.objectStore('topics');
  const itemStore = tx.objectStore('items');
  const fixes = slashedTopicFixes(
    await tx.objectStore('lists').getAll(),
    await topicStore.getAll(),
  );
  if (!fixes.changed.length && !fixes.merged.size) return;
  for (const topic of fixes.changed) await topicStore.put(topic);
  for (const [from, to] of fixes.merged) {
    for (const item of await itemStore.index('by-topic').getAll(from)) {
      const ids = [...new Set(item.topicIds.map((id) => (id === from ? to : id)))];
      await itemStore.put({ ...item, topicIds: ids });
    }
    await topicStore.delete(from);
  }
  const used = new Set<string>();
  for (const parent of fixes.impliedParents)
    if (await itemStore.index('by-topic').count(parent.id)) used.add(parent.id);
  for (const id of removableParents(fixes, (topicId) => used.has(topicId)))
    await topicStore.delete(id);
}

/** Runs inside the upgrade transaction, which stays open while its requests chain. */
async function backfillLinks(
  items: IDBPObjectStore<
    CollectionSchema,
    StoreNames<CollectionSchema>[],
    'items',
    'versionchange'
  >,
): Promise<void> {
  let cursor = await items.openCursor();
  while (cursor) {
    const updated = withLinks(cursor.value);
    if (updated.links) await cursor.update(updated);
    cursor = await cursor.continue();
  }
}

export function migrate(
  db: IDBPDatabase<CollectionSchema>,
  oldVersion: number,
  newVersion: number,
  tx: IDBPTransaction<CollectionSchema, StoreNames<CollectionSchema>[], 'versionchange'>,
  reader?: ListReader,
): void {
  if (!reader && needsListReader(oldVersion)) {
    throw new Error(`upgrading from schema version ${oldVersion} needs the list reader`);
  }
  for (let version = oldVersion; version < newVersion; version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`no migration from schema version ${version}`);
    step(db, tx, reader);
  }
}

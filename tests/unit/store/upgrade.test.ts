/**
 * A collection saved by the foundation's schema (v1) survives the upgrade to the current
 * one record for record: the database is built with the v1 migration only, filled, closed,
 * and opened again by the current code.
 */
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { newKeysSince } from '../../../lib/collection/exports';
import { recordExport } from '../../../lib/collection/operations';
import { MIGRATIONS, migrate, needsListReader } from '../../../lib/store/migrations';
import { DB_VERSION, type CollectionSchema } from '../../../lib/store/schema';
import { CollectionStore } from '../../../lib/store/collection-store';
import type { Item, List, Topic } from '../../../lib/types';

/** The store's open IndexedDB connection, to look at the schema underneath. */
function db(store: CollectionStore) {
  const connection = store.openConnection;
  if (!connection) throw new Error('the store has no open connection');
  return connection;
}

const list: List = {
  id: 'l1',
  name: 'Papers',
  fileName: 'papers/README.md',
  style: 'numbered',
  source: '# Papers\n\n## Surveys\r\n1. [A](https://arxiv.org/abs/2401.00001)\n',
  importedAt: 1_700_000_000_000,
  exportedAt: 1_700_000_100_000,
  createdAt: 1_699_999_999_000,
};
const bare: List = {
  id: 'l2',
  name: 'Reading list',
  fileName: 'README.md',
  style: 'plain',
  createdAt: 5,
};
const topics: Topic[] = [
  { id: 't0', listId: 'l1', path: '', order: 0, createdAt: 1 },
  { id: 't1', listId: 'l1', path: 'Surveys', order: 1, createdAt: 2 },
  { id: 't2', listId: 'l1', path: 'Surveys / 2024 — “quotes” 🚀', order: 2, createdAt: 3 },
  { id: 't3', listId: 'l2', path: '', order: 0, createdAt: 4 },
];
const items: Item[] = [
  {
    key: 'arxiv:2401.00001',
    kind: 'paper',
    url: 'https://arxiv.org/abs/2401.00001',
    title: 'A <b>paper</b> with [brackets] and `code`',
    pageTitle: '[2401.00001] A paper',
    authors: ['Ada Lovelace', 'Alan Turing'],
    abstract: 'Line one\nline two',
    arxiv: {
      id: '2401.00001',
      version: 3,
      published: '2024-01-01',
      updated: '2024-03-01',
      pdfUrl: 'https://arxiv.org/pdf/2401.00001v3',
      primaryCategory: 'cs.CL',
      comments: '10 pages',
      doi: '10.1/x',
    },
    codeUrls: ['https://github.com/a/b'],
    missing: ['abstract'],
    notes: ['arXiv API did not answer'],
    note: 'read this first',
    status: 'read',
    topicIds: ['t1', 't2', 't3'],
    savedAt: 10,
    updatedAt: 20,
    editedAt: 15,
  },
  {
    key: 'github:a/b',
    kind: 'repo',
    url: 'https://github.com/a/b',
    title: 'a/b',
    description: 'A repo',
    repo: {
      owner: 'a',
      name: 'b',
      stars: 1200,
      topics: ['llm'],
      language: 'Python',
      license: 'MIT',
      homepage: 'https://b.dev',
    },
    paperIds: ['2401.00001'],
    note: '',
    status: 'to-read',
    topicIds: ['t0'],
    savedAt: 11,
    updatedAt: 11,
  },
  {
    key: 'hf:model:org/m',
    kind: 'model',
    url: 'https://huggingface.co/org/m',
    title: 'org/m',
    hub: {
      type: 'model',
      id: 'org/m',
      owner: 'org',
      likes: 3,
      downloads: 40,
      pipelineTag: 'text-generation',
      license: 'apache-2.0',
      library: 'transformers',
    },
    contextKey: 'github:a/b',
    note: 'n',
    status: 'to-read',
    topicIds: [],
    savedAt: 12,
    updatedAt: 13,
  },
];
const settings: [string, unknown][] = [
  ['defaultListId', 'l1'],
  ['lastListId', 'l2'],
  ['lastTopic:paper', 'Surveys / 2024 — “quotes” 🚀'],
  ['someObject', { nested: [1, 2, { x: null }] }],
];

async function buildV1(name: string): Promise<void> {
  const db = await openDB<CollectionSchema>(name, 1, {
    upgrade: (database, _old, _new, tx) => MIGRATIONS[0]?.(database, tx),
  });
  const tx = db.transaction(['lists', 'topics', 'items', 'settings'], 'readwrite');
  await Promise.all([
    ...[list, bare].map((record) => tx.objectStore('lists').put(record)),
    ...topics.map((record) => tx.objectStore('topics').put(record)),
    ...items.map((record) => tx.objectStore('items').put(record)),
    ...settings.map(([key, value]) => tx.objectStore('settings').put(value, key)),
    tx.done,
  ]);
  expect(db.version).toBe(1);
  db.close();
}

/** Fields later migrations derive from a record's own fields (v3: `links`, for its index). */
const DERIVED_FIELDS = ['links'];

function withoutDerived(item: Item): Item {
  const copy: Record<string, unknown> = { ...item };
  for (const name of DERIVED_FIELDS) delete copy[name];
  return copy as unknown as Item;
}

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);

describe('schema upgrade from v1', () => {
  it('keeps every list, topic, item and setting unchanged', async () => {
    await buildV1('upgrade-keeps');
    const shelf = await CollectionStore.open({ name: 'upgrade-keeps' });
    expect(db(shelf).version).toBe(DB_VERSION);
    const all = await shelf.readAll();
    expect(all.lists.sort(byId)).toEqual([list, bare]);
    expect(all.topics.sort(byId)).toEqual(topics);
    // Every field a record had is still there, unchanged; a migration may add only fields
    // derived from the record (DERIVED_FIELDS), which this test does not judge.
    const upgraded = all.items.sort((a, b) => a.key.localeCompare(b.key));
    const original = [...items].sort((a, b) => a.key.localeCompare(b.key));
    expect(upgraded.map((item) => item.key)).toEqual(original.map((item) => item.key));
    upgraded.forEach((item, index) => {
      const added = Object.keys(item).filter((name) => !(name in (original[index] as Item)));
      expect(added.filter((name) => !DERIVED_FIELDS.includes(name))).toEqual([]);
      expect(withoutDerived(item)).toEqual(original[index]);
    });
    for (const [key, value] of settings) expect(await shelf.getSetting(key)).toEqual(value);
    // The indexes v1 made still answer.
    expect((await db(shelf).getAllFromIndex('items', 'by-topic', 't3')).map((i) => i.key)).toEqual([
      'arxiv:2401.00001',
    ]);
    expect((await db(shelf).getAllKeysFromIndex('items', 'by-saved')).length).toBe(3);
    expect((await db(shelf).getAllFromIndex('topics', 'by-list', 'l1')).length).toBe(3);
    shelf.close();
  });

  it('adds the exports store; v1 lists fall back to their exportedAt', async () => {
    await buildV1('upgrade-exports');
    const shelf = await CollectionStore.open({ name: 'upgrade-exports' });
    expect([...db(shelf).objectStoreNames]).toContain('exports');
    expect(await db(shelf).count('exports')).toBe(0);
    // No export record yet: items saved after the list's exportedAt count as new.
    const lists = await shelf.lists();
    const all = await shelf.readAll();
    expect(newKeysSince(list, undefined, all.items)).toEqual(new Set());
    await shelf.run(recordExport('l1', ['arxiv:2401.00001']));
    expect((await db(shelf).get('exports', 'l1'))?.keys).toEqual(['arxiv:2401.00001']);
    expect(lists.map((l) => l.id)).toEqual(['l2', 'l1']);
    shelf.close();
  });

  it('opening the upgraded database again changes nothing', async () => {
    await buildV1('upgrade-twice');
    (await CollectionStore.open({ name: 'upgrade-twice' })).close();
    const shelf = await CollectionStore.open({ name: 'upgrade-twice' });
    expect((await shelf.readAll()).items.length).toBe(3);
    shelf.close();
  });
});

describe('the list reader (the Markdown engine) for the v4 upgrade', () => {
  it('is needed only by a database that holds lists and is older than v4', () => {
    expect([0, 1, 2, 3, 4, DB_VERSION].map(needsListReader)).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('is never skipped: an upgrade that needs it refuses to run without it', async () => {
    const name = `no-reader-${Math.random()}`;
    await openDB<CollectionSchema>(name, 1, {
      upgrade: (database, _old, _new, tx) => MIGRATIONS[0]?.(database, tx),
    }).then((old) => old.close());
    const upgrade = openDB<CollectionSchema>(name, DB_VERSION, {
      upgrade: (database, oldVersion, newVersion, tx) => {
        tx.done.catch(() => undefined);
        migrate(database, oldVersion, newVersion ?? DB_VERSION, tx);
      },
    });
    await expect(upgrade).rejects.toThrow();
    // The store's own connection loads the reader and upgrades.
    const store = await CollectionStore.open({ name });
    expect(db(store).version).toBe(DB_VERSION);
    store.close();
  });
});

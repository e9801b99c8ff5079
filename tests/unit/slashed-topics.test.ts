/**
 * Collections saved before a heading's own ` / ` was escaped in topic paths: the heading
 * `### Speech / Audio / Music` was stored as four levels (`Audio / Speech / Audio / Music`,
 * with made-up empty parents). A backup of that time and a database of that time come back
 * with the heading as one topic, every item where it was, no duplicate topic.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { emptyCollection } from '../../lib/collection/collection';
import { listExportInput } from '../../lib/collection/list-export';
import { parseBackup, serializeBackup } from '../../lib/backup/index';
import { exportList } from '../../lib/markdown/index';
import { migrateSlashedTopics } from '../../lib/slashed-topics';
import { MIGRATIONS } from '../../lib/store/migrations';
import type { CollectionSchema } from '../../lib/store/schema';
import { CollectionStore } from '../../lib/store/collection-store';
import { escapeTopicName } from '../../lib/topic-path';
import { SLASHED } from './markdown/helpers';
import type { Backup, Item, List, Topic } from '../../lib/types';

const NEW_PATH = `Audio / ${escapeTopicName('Speech / Audio / Music')}`;
const OLD_PATH = 'Audio / Speech / Audio / Music';

const list: List = {
  id: 'l1',
  name: 'Papers',
  fileName: 'README.md',
  style: 'plain',
  source: SLASHED,
  importedAt: 1,
  createdAt: 1,
};
/** A list typed in the extension: its ` / ` was always nesting, and stays. */
const typed: List = { id: 'l2', name: 'Mine', fileName: 'mine.md', style: 'plain', createdAt: 1 };

function topic(id: string, listId: string, path: string, order: number, source = true): Topic {
  return { id, listId, path, order, createdAt: 1, ...(source ? { sourcePath: path } : {}) };
}

/** The records the old import left. */
const OLD_TOPICS: Topic[] = [
  topic('t0', 'l1', '', 0, false),
  topic('t1', 'l1', 'Audio', 1),
  topic('t2', 'l1', 'Audio / Speech', 2, false),
  topic('t3', 'l1', 'Audio / Speech / Audio', 3, false),
  topic('t4', 'l1', OLD_PATH, 4),
  topic('t5', 'l1', 'Audio / Speech recognition', 5),
  topic('u0', 'l2', '', 0, false),
  topic('u1', 'l2', 'A / B', 1, false),
];

function item(key: string, url: string, title: string, topicIds: string[]): Item {
  return {
    key,
    kind: 'paper',
    url,
    title,
    note: '',
    status: 'to-read',
    topicIds,
    savedAt: 1,
    updatedAt: 1,
  };
}

const ITEMS: Item[] = [
  item('arxiv:2006.11477', 'https://arxiv.org/abs/2006.11477', 'Wav2Vec 2.0', ['t4']),
  item('arxiv:2212.04356', 'https://arxiv.org/abs/2212.04356', 'Whisper', ['t5']),
  item('url:https://e.org/x', 'https://e.org/x', 'X', ['u1']),
];

function expectMigrated(topics: Topic[], items: Item[]): void {
  const paths = topics.map((t) => `${t.id}:${t.path}`).sort();
  expect(paths).toEqual(
    [
      't0:',
      't1:Audio',
      `t4:${NEW_PATH}`,
      't5:Audio / Speech recognition',
      'u0:',
      'u1:A / B',
    ].sort(),
  );
  expect(topics.find((t) => t.id === 't4')?.sourcePath).toBe(NEW_PATH);
  expect(items.map((i) => i.topicIds)).toEqual([['t4'], ['t5'], ['u1']]);
  // The list writes back as its file, and saving into the heading adds no heading.
  const collection = { ...emptyCollection(), lists: [list, typed], topics, items };
  expect(exportList(listExportInput(collection, list), { now: new Date(0) })).toBe(SLASHED);
}

describe('an old backup', () => {
  const backup: Backup = {
    format: 'paper-shelf-backup',
    version: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    lists: [list, typed],
    topics: OLD_TOPICS,
    items: ITEMS,
  };

  it('is read with the heading as one topic, its made-up parents gone', () => {
    const read = parseBackup(serializeBackup(backup));
    expectMigrated(read.topics, read.items);
  });

  it('merges an old topic into the new one a later import made, items and all', () => {
    const both = {
      ...backup,
      topics: [...OLD_TOPICS, topic('t9', 'l1', NEW_PATH, 9)],
      items: [
        ...ITEMS,
        item('arxiv:1706.03762', 'https://arxiv.org/abs/1706.03762', 'Attention', ['t9', 't4']),
      ],
    };
    const read = migrateSlashedTopics(both);
    expect(read.topics.filter((t) => t.path === NEW_PATH).map((t) => t.id)).toEqual(['t9']);
    expect(read.items.map((i) => i.topicIds)).toEqual([['t9'], ['t5'], ['u1'], ['t9']]);
  });

  it('keeps a made-up parent something was filed in', () => {
    const filed = {
      ...backup,
      items: [...ITEMS, item('url:https://e.org/y', 'https://e.org/y', 'Y', ['t2'])],
    };
    const read = migrateSlashedTopics(filed);
    expect(read.topics.map((t) => t.id)).toContain('t2');
    expect(read.topics.map((t) => t.id)).not.toContain('t3');
  });

  it('changes nothing the second time, nor in a collection saved in the new spelling', () => {
    const once = migrateSlashedTopics(backup);
    expect(migrateSlashedTopics(once)).toBe(once);
  });
});

describe('an old database', () => {
  it('is upgraded with the heading as one topic, its made-up parents gone', async () => {
    const name = 'slashed-v3';
    const db = await openDB<CollectionSchema>(name, 3, {
      upgrade: (database, _old, _new, tx) => {
        for (const step of MIGRATIONS.slice(0, 3)) step(database, tx);
      },
    });
    const tx = db.transaction(['lists', 'topics', 'items'], 'readwrite');
    await Promise.all([
      ...[list, typed].map((record) => tx.objectStore('lists').put(record)),
      ...OLD_TOPICS.map((record) => tx.objectStore('topics').put(record)),
      ...ITEMS.map((record) => tx.objectStore('items').put(record)),
      tx.done,
    ]);
    db.close();
    const shelf = await CollectionStore.open({ name });
    const all = await shelf.readAll();
    const order = (key: string) => ITEMS.findIndex((i) => i.key === key);
    const items = [...all.items].sort((a, b) => order(a.key) - order(b.key));
    expectMigrated(all.topics, items);
    shelf.close();
  });
});

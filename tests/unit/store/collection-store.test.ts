import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../../lib/store/schema';
import { CollectionStore } from '../../../lib/store/collection-store';
import type { Capture } from '../../../lib/types';

/** The store's open IndexedDB connection, to look at the schema underneath. */
function db(store: CollectionStore) {
  const connection = store.openConnection;
  if (!connection) throw new Error('the store has no open connection');
  return connection;
}

const paper: Capture = {
  key: 'arxiv:2106.09608',
  kind: 'paper',
  url: 'https://arxiv.org/abs/2106.09608',
  title: 'Learning Knowledge Graph-based World Models of Textual Environments',
  authors: ['Prithviraj Ammanabrolu', 'Mark O. Riedl'],
  arxiv: { id: '2106.09608', version: 2 },
};

let opened: CollectionStore[] = [];
let dbCounter = 0;

async function freshShelf(): Promise<CollectionStore> {
  let tick = 1000;
  const shelf = await CollectionStore.open({ name: `test-${++dbCounter}`, now: () => ++tick });
  opened.push(shelf);
  return shelf;
}

afterEach(() => {
  for (const shelf of opened) shelf.close();
  opened = [];
});

describe('Shelf', () => {
  it('creates the current schema from an empty database', async () => {
    const shelf = await freshShelf();
    expect(db(shelf).version).toBe(DB_VERSION);
    expect([...db(shelf).objectStoreNames].sort()).toEqual([
      'exports',
      'items',
      'lists',
      'settings',
      'topics',
    ]);
    expect([...db(shelf).transaction('items').store.indexNames].sort()).toEqual([
      'by-link',
      'by-saved',
      'by-topic',
    ]);
  });

  it('files a capture under a new topic, creating the default list and the topic path', async () => {
    const shelf = await freshShelf();
    const result = await shelf.save({
      capture: paper,
      topic: 'World models / Text games',
      note: 'KG world model',
    });
    expect(result.existed).toBe(false);
    expect(result.filedUnder).toBe('World models / Text games in Reading list');
    const [list] = await shelf.lists();
    expect(list?.name).toBe('Reading list');
    expect((await shelf.topics(list?.id)).map((topic) => topic.path)).toEqual([
      '',
      'World models',
      'World models / Text games',
    ]);
    expect(await shelf.getItem(paper.key)).toMatchObject({
      note: 'KG world model',
      status: 'to-read',
    });
  });

  it('updates the record when the same work is saved again, never duplicating it', async () => {
    const shelf = await freshShelf();
    await shelf.save({
      capture: { ...paper, arxiv: { id: '2106.09608', version: 1 } },
      topic: 'A',
    });
    const again = await shelf.save({ capture: paper, topic: 'A' });
    expect(again.existed).toBe(true);
    const { items } = await shelf.readAll();
    expect(items).toHaveLength(1);
    expect(items[0]?.arxiv?.version).toBe(2);
    expect(items[0]?.topicIds).toHaveLength(1);
  });

  it('leaves one record when many saves of one work race', async () => {
    const shelf = await freshShelf();
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        shelf.save({ capture: paper, topic: index % 2 ? 'A' : 'B' }),
      ),
    );
    const { items, topics } = await shelf.readAll();
    expect(items).toHaveLength(1);
    expect(topics.map((topic) => topic.path).sort()).toEqual(['', 'A', 'B']);
  });

  it('lists a list by topic with items in saved order', async () => {
    const shelf = await freshShelf();
    await shelf.save({ capture: paper, topic: 'A' });
    await shelf.save({
      capture: { key: 'github:a/b', kind: 'repo', url: 'https://github.com/a/b', title: 'a/b' },
      topic: 'A',
    });
    const [list] = await shelf.lists();
    const view = await shelf.listView(list?.id ?? '');
    expect(view.topics.map(({ topic, items }) => [topic.path, items.map((i) => i.key)])).toEqual([
      ['', []],
      ['A', ['arxiv:2106.09608', 'github:a/b']],
    ]);
    expect(await shelf.savedKeys(['github:a/b', 'github:x/y'])).toEqual(['github:a/b']);
  });

  it('remembers the last topic per kind of item and removes a record on request', async () => {
    const shelf = await freshShelf();
    await shelf.save({ capture: paper, topics: ['World models', 'Games'] });
    expect(await shelf.lastTopic('paper')).toBe('World models');
    expect(await shelf.lastTopic('repo')).toBeUndefined();
    expect((await shelf.remove(paper.key))?.key).toBe(paper.key);
    expect(await shelf.getItem(paper.key)).toBeUndefined();
  });

  it('connects a paper and its code, and a model and its paper, whichever is saved first', async () => {
    const shelf = await freshShelf();
    await shelf.save({
      capture: {
        key: 'github:a/world',
        kind: 'repo',
        url: 'https://github.com/a/world',
        title: 'a/world',
      },
    });
    await shelf.save({ capture: { ...paper, codeUrls: ['https://github.com/A/World/tree/main'] } });
    const model = {
      key: 'hf:model:o/m',
      kind: 'model' as const,
      url: 'https://huggingface.co/o/m',
      title: 'o/m',
      paperIds: ['2106.09608'],
    };
    await shelf.save({ capture: model });
    const keys = async (capture: Capture) =>
      (await shelf.connections(capture)).map((item) => item.key).sort();
    expect(await keys(paper)).toEqual(['github:a/world', 'hf:model:o/m']);
    expect(await keys({ key: 'github:a/world', kind: 'repo', url: '', title: '' })).toEqual([
      'arxiv:2106.09608',
    ]);
    expect(await keys(model)).toEqual(['arxiv:2106.09608']);
  });

  it('says which list is gone instead of filing into nowhere', async () => {
    const shelf = await freshShelf();
    await expect(shelf.save({ capture: paper, listId: 'nope' })).rejects.toThrow(
      'That list no longer exists',
    );
    expect((await shelf.readAll()).items).toHaveLength(0);
  });

  it('refuses a database from a newer version with a message a person understands', async () => {
    const name = `test-newer-${++dbCounter}`;
    const newer = await openDB(name, DB_VERSION + 1);
    newer.close();
    await expect(CollectionStore.open({ name })).rejects.toThrow('newer version of Paper Shelf');
  });
});

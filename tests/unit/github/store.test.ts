/**
 * The extension's side of a sync on the IndexedDB store: a file from GitHub becomes a list
 * with its sync state; a save, a push, and the list's base is then what was pushed, and
 * "new since last export" starts again.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readRemoteFile } from '../../../lib/github/contents';
import { pushList, syncRef } from '../../../lib/github/push';
import { loadListCollection, takeRemoteFile } from '../../../lib/github/store';
import { newKeysSince } from '../../../lib/collection/exports';
import { CollectionStore } from '../../../lib/store/collection-store';
import { connected, LIST, paper, REF } from './helpers';

let count = 0;
let clock = 2_000_000_000_000;
const now = () => ++clock;
const shelves: CollectionStore[] = [];

afterEach(() => {
  for (const shelf of shelves.splice(0)) shelf.close();
});

async function newKeys(shelf: CollectionStore, listId: string): Promise<string[]> {
  const data = await shelf.loadLibrary();
  const list = data.lists.find((l) => l.id === listId);
  if (!list) throw new Error('no list');
  const topicIds = new Set(data.topics.filter((t) => t.listId === listId).map((t) => t.id));
  const record = data.exports.find((e) => e.listId === listId);
  return [...newKeysSince(list, record, data.items, topicIds)];
}

describe('sync on the store', () => {
  it('import from GitHub, save, push: the base is what was pushed, nothing is new any more', async () => {
    const { fake, client } = await connected();
    const shelf = await CollectionStore.open({ name: `github-${++count}`, now });
    shelves.push(shelf);
    const file = await readRemoteFile(client, REF);
    const { list } = await takeRemoteFile(shelf, REF, file, { guard: { now: now() } });
    expect(list.github).toMatchObject({ ...REF, baseText: LIST, baseSha: file.sha });
    expect(list.fileName).toBe('README.md');

    await shelf.save({
      capture: paper('2306.00978', 'AWQ'),
      listId: list.id,
      topic: 'Quantization',
    });
    expect(await newKeys(shelf, list.id)).toEqual(['arxiv:2306.00978']);

    const loaded = await loadListCollection(shelf, list.id);
    const result = await pushList({ client, ...loaded, now: () => new Date(now()) });
    if (result.status !== 'committed') throw new Error(result.status);
    const after = await takeRemoteFile(
      shelf,
      syncRef(loaded.list),
      { text: result.text, sha: result.sha },
      {
        listId: list.id,
        guard: { now: now() },
      },
    );
    expect(after.list.github?.baseText).toBe(fake.file('ana/papers', 'README.md'));
    expect(after.list.github?.baseSha).toBe(result.sha);
    expect(after.list.source).toBe(result.text);
    expect(await newKeys(shelf, list.id)).toEqual([]);
    // Nothing was lost locally: the saved item is still filed.
    const again = await loadListCollection(shelf, list.id);
    expect(again.collection.items.map((item) => item.key)).toContain('arxiv:2306.00978');
  });
});

/**
 * Issue 12.2: after its database connection closes (a newer version opened elsewhere, an
 * IO error), a long-lived store such as the background's reopens it and the write goes
 * through, instead of failing with "The database connection is closing" until restart.
 */
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CollectionStore } from '../../lib/store/collection-store';
import { DB_VERSION } from '../../lib/store/schema';
import type { Capture } from '../../lib/types';

let count = 0;
const stores: CollectionStore[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const store of stores.splice(0)) store.close();
});

const capture = (n: number): Capture => ({
  key: `arxiv:2401.0000${n}`,
  kind: 'paper',
  url: `https://arxiv.org/abs/2401.0000${n}`,
  title: `Paper ${n}`,
});

async function open(name = `closed-${++count}`) {
  const store = await CollectionStore.open({ name });
  stores.push(store);
  return store;
}

describe('a store whose connection was closed', () => {
  it('reopens and saves when the connection is closed under it', async () => {
    const store = await open();
    await store.save({ capture: capture(1), topic: 'A' });
    const first = store.openConnection;
    first?.close();
    // The old connection refuses: this is what the background met on every later save.
    expect(() => first?.transaction('items')).toThrow(
      expect.objectContaining({ name: 'InvalidStateError' }),
    );
    const result = await store.save({ capture: capture(2), topic: 'A' });
    expect(result.filedUnder).toBe('A in Reading list');
    expect(store.openConnection).not.toBe(first);
    expect((await store.readAll()).items.map((item) => item.key).sort()).toEqual([
      'arxiv:2401.00001',
      'arxiv:2401.00002',
    ]);
  });

  it('reopens for reads too', async () => {
    const store = await open();
    await store.save({ capture: capture(1), topic: 'A' });
    store.openConnection?.close();
    expect(await store.getItem(capture(1).key)).toMatchObject({ title: 'Paper 1' });
    expect(await store.lists()).toHaveLength(1);
  });

  it('retries a write once when it fails with an IO error, and only once', async () => {
    const store = await open();
    await store.save({ capture: capture(1), topic: 'A' });
    const connection = store.openConnection;
    if (!connection) throw new Error('not open');
    const transaction = vi.spyOn(connection, 'transaction').mockImplementation(() => {
      throw new DOMException('IO error: disk went away', 'UnknownError');
    });
    // The first connection keeps failing; the store opens a second one, where it succeeds.
    await store.save({ capture: capture(2), topic: 'B' });
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(await store.getItem(capture(2).key)).toBeDefined();
  });

  it('lets a newer version upgrade (`blocking`), then says plainly that it is newer', async () => {
    const name = `closed-${++count}`;
    const store = await open(name);
    await store.save({ capture: capture(1), topic: 'A' });
    const newer = await openDB(name, DB_VERSION + 1);
    newer.close();
    await expect(store.save({ capture: capture(2), topic: 'A' })).rejects.toThrow(
      'newer version of Paper Shelf',
    );
  });
});

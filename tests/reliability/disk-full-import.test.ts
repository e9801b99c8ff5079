/**
 * Issue 12.1: a full disk during an import must never lose the collection. The space is
 * checked first, a safety copy is kept outside the database before every import, refresh
 * and restore, a failure part-way rolls everything back, "unchanged" is said only after
 * counting, and a collection found emptier than its last copy can be put back.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { removeItems } from '../../lib/collection/operations';
import { importBackup, restoreSafetyCopy } from '../../lib/store/backup-io';
import { CollectionStore } from '../../lib/store/collection-store';
import { GuardedWriteError } from '../../lib/store/guarded';
import { importMarkdown } from '../../lib/store/markdown-list-import';
import { isEmptierThan, SafetyCopies } from '../../lib/store/safety';
import type { Capture } from '../../lib/types';
import { FakeArea } from './fake-area';
import { failNthWrite } from './inject';

const SEEDS = path.resolve(import.meta.dirname, '../../../shared/seeds');
const seed = readFileSync(path.join(SEEDS, 'llm-info-papers.md'), 'utf8');

let count = 0;
let clock = 1_000;
const now = () => ++clock;
const stores: CollectionStore[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const store of stores.splice(0)) store.close();
});

function paper(n: number): Capture {
  const id = `2501.${String(n).padStart(5, '0')}`;
  return { key: `arxiv:${id}`, kind: 'paper', url: `https://arxiv.org/abs/${id}`, title: `P${n}` };
}

/** A store holding 30 records in three topics, and a place for safety copies. */
async function collectionOf30() {
  const store = await CollectionStore.open({ name: `disk-full-${++count}`, now });
  stores.push(store);
  for (let n = 0; n < 30; n++) {
    await store.save({ capture: paper(n), topic: ['A', 'B', 'C / D'][n % 3] as string });
  }
  const area = new FakeArea();
  const safety = new SafetyCopies(area);
  return { store, area, safety };
}

const plenty = async () => ({ usage: 1_000_000, quota: 1_000_000_000 });

describe('a full disk during a Markdown import', () => {
  it('rolls the whole import back and says "unchanged" only after counting', async () => {
    const { store, safety } = await collectionOf30();
    const before = await store.readAll();
    // Part-way: after the list and some topics and items are written.
    failNthWrite(40);
    const error = await importMarkdown(store, seed, {}, { now: now(), estimate: plenty, safety })
      .then(() => undefined)
      .catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(error).toBeInstanceOf(GuardedWriteError);
    expect((error as GuardedWriteError).unchanged).toBe(true);
    expect((error as Error).message).toMatch(
      /^Nothing was imported; your collection is unchanged \(checked: 30 items and 1 list\): The browser has no room left/,
    );
    expect(await store.readAll()).toEqual(before);
    // The safety copy was taken before anything was written.
    const copy = await safety.latest();
    expect(copy).toMatchObject({ reason: 'import', counts: { items: 30, lists: 1 } });
  });

  it('refuses up front, in a plain sentence, when the estimate says it will not fit', async () => {
    const { store, area, safety } = await collectionOf30();
    const before = await store.readAll();
    const tight = async () => ({ usage: 999_000, quota: 1_000_000 });
    await expect(
      importMarkdown(store, seed, {}, { now: now(), estimate: tight, safety }),
    ).rejects.toThrow(
      /^Nothing was imported: There is not enough free space for this: it needs about [\d.]+ MB and the browser has 0\.0 MB left/,
    );
    expect(await store.readAll()).toEqual(before);
    expect(area.values.size).toBe(0);
  });

  it('refuses up front when the disk cannot take a scratch write of the size needed', async () => {
    const { store, area, safety } = await collectionOf30();
    const before = await store.readAll();
    // storage.estimate() does not see a full disk (Chrome offered 1 GB with 2 MB free).
    const probe = vi.fn(async (bytes: number) => {
      if (bytes > 1_000) throw new DOMException('no space', 'QuotaExceededError');
    });
    await expect(
      importMarkdown(store, seed, {}, { now: now(), estimate: plenty, probe, safety }),
    ).rejects.toThrow(/^Nothing was imported: There is not enough free disk space for this/);
    expect(probe).toHaveBeenCalledOnce();
    expect(await store.readAll()).toEqual(before);
    expect(area.values.size).toBe(0);
  });

  it('refuses when no safety copy can be kept, and imports nothing', async () => {
    const { store } = await collectionOf30();
    const before = await store.readAll();
    const safety = new SafetyCopies(new FakeArea(1_000)); // far too small for 30 records
    await expect(
      importMarkdown(store, seed, {}, { now: now(), estimate: plenty, safety }),
    ).rejects.toThrow(/could not keep a safety copy of your collection first/);
    expect(await store.readAll()).toEqual(before);
  });

  it('says plainly when a failure did change the collection, and points to the restore', async () => {
    const { store, safety } = await collectionOf30();
    // A write that fails after part of the collection went (as a lost database looks).
    vi.spyOn(store, 'run').mockImplementationOnce(async () => {
      vi.mocked(store.run).mockRestore();
      await store.run(removeItems([paper(0).key, paper(1).key]));
      throw new DOMException('FILE_ERROR_NO_SPACE', 'UnknownError');
    });
    const error = (await importMarkdown(store, seed, {}, { now: now(), safety }).catch(
      (e: unknown) => e,
    )) as GuardedWriteError;
    expect(error.unchanged).toBe(false);
    expect(error.message).toContain('failed part-way and your collection changed');
    expect(error.message).toContain('30 items and 1 list before, 28 items and 1 list now');
    expect(error.message).toContain('Restore the collection as it was before the last import');
    expect(error.message).not.toContain('unchanged');
  });

  it('says neither "unchanged" nor "changed" when the collection cannot be read to check', async () => {
    const { store, safety } = await collectionOf30();
    vi.spyOn(store, 'run').mockRejectedValueOnce(new DOMException('disk gone', 'UnknownError'));
    vi.spyOn(store, 'counts').mockRejectedValueOnce(new DOMException('disk gone', 'UnknownError'));
    const error = (await importMarkdown(store, seed, {}, { now: now(), safety }).catch(
      (e: unknown) => e,
    )) as GuardedWriteError;
    expect(error.message).toMatch(/could not be read afterwards to check it/);
    expect(error.message).not.toMatch(/unchanged|changed \(/);
  });
});

describe('safety copies', () => {
  it('are taken before every import, refresh and restore, and only the last two are kept', async () => {
    const { store, area, safety } = await collectionOf30();
    const guard = () => ({ now: now(), estimate: plenty, safety });
    const { list } = await importMarkdown(store, seed, {}, guard());
    await importMarkdown(store, seed, { listId: list.id }, guard());
    const backup = JSON.stringify({
      format: 'paper-shelf-backup',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      ...(await store.readAll()),
    });
    await importBackup(store, backup, guard());
    const copies = await safety.list();
    expect(copies.map((copy) => copy.reason)).toEqual(['restore', 'refresh']);
    // The index and the two copies: the first (import) copy is gone from storage too.
    expect([...area.values.keys()].sort()).toEqual(
      ['safety:index', ...copies.map((copy) => copy.key)].sort(),
    );
  });

  it('a collection found emptier than its last copy can be put back as it was', async () => {
    const { store, safety } = await collectionOf30();
    const before = await store.readAll();
    await importMarkdown(
      store,
      '# Small\n\n- [One](https://arxiv.org/abs/2401.00001)\n',
      {},
      {
        now: now(),
        safety,
      },
    );
    const copy = await safety.latest();
    if (!copy) throw new Error('no safety copy was taken');
    // The database loses its records (what a full disk did to Chrome's LevelDB).
    await store.run(removeItems(before.items.map((item) => item.key)));
    expect(isEmptierThan(await store.counts(), copy)).toBe(true);
    await restoreSafetyCopy(store, copy, { now: now(), safety });
    const after = await store.readAll();
    const byKey = <T extends { key: string }>(a: T, b: T) => a.key.localeCompare(b.key);
    expect(after.items.sort(byKey)).toEqual(before.items.sort(byKey));
    expect(after.lists).toEqual(before.lists);
    expect(isEmptierThan(await store.counts(), copy)).toBe(false);
  });
});

describe('safety copies when storage.local is nearly full', () => {
  it('drop the older copies to make room for the newest, and refuse only when even that fails', async () => {
    const { store } = await collectionOf30();
    const collection = await store.readAll();
    const size = JSON.stringify(collection).length;
    // Room for one copy and its index, not two.
    const area = new FakeArea(size * 1.5);
    const safety = new SafetyCopies(area);
    await safety.take(collection, 'import', 1);
    await safety.take(collection, 'import', 2);
    expect((await safety.list()).map((copy) => copy.at)).toEqual([2]);
    expect(area.values.size).toBe(2);
    const tiny = new SafetyCopies(new FakeArea(size / 2));
    await expect(tiny.take(collection, 'import', 3)).rejects.toThrow('quota');
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupError } from '../../../lib/backup';
import { exportList, importList, MarkdownImportError } from '../../../lib/markdown/index';
import { exportBackup, importBackup } from '../../../lib/store/backup-io';
import { importMarkdown } from '../../../lib/store/markdown-list-import';
import { newKeysSince } from '../../../lib/collection/exports';
import {
  addTopic,
  createList,
  deleteTopic,
  mergeItems,
  moveItems,
  nestTopic,
  recordExport,
  removeItems,
  renameTopic,
  reorderTopic,
  updateItem,
} from '../../../lib/collection/operations';
import { CollectionStore, type LibraryData } from '../../../lib/store/collection-store';
import type { Capture } from '../../../lib/types';

const SEEDS = path.resolve(import.meta.dirname, '../../../../shared/seeds');
let count = 0;
const open: CollectionStore[] = [];
let clock = 1_000;
const now = () => ++clock;

async function shelf(): Promise<CollectionStore> {
  const s = await CollectionStore.open({ name: `library-${++count}`, now });
  open.push(s);
  return s;
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const s of open.splice(0)) s.close();
});

function paper(id: string, title = `Paper ${id}`): Capture {
  return {
    key: `arxiv:${id}`,
    kind: 'paper',
    url: `https://arxiv.org/abs/${id}`,
    title,
    arxiv: { id },
  };
}

async function snapshot(s: CollectionStore) {
  const data = await s.loadLibrary();
  return JSON.stringify({ ...data, items: data.items.sort((a, b) => a.key.localeCompare(b.key)) });
}

describe('items', () => {
  it('edits title, note, status and topics, and undoes the edit', async () => {
    const s = await shelf();
    await s.save({ capture: paper('2401.00001'), topic: 'A' });
    const before = await snapshot(s);
    const topics = await s.topics();
    const b = await s.run(addTopic(topics[0]?.listId as string, 'B'));
    const change = await s.run(
      updateItem('arxiv:2401.00001', {
        title: ' New ',
        note: 'n',
        status: 'read',
        topicIds: [b.result.id],
      }),
    );
    expect(change.result).toMatchObject({
      title: 'New',
      note: 'n',
      status: 'read',
      topicIds: [b.result.id],
    });
    expect(change.result.editedAt).toBeGreaterThan(0);
    await s.applyUndo(change.undo);
    await s.applyUndo(b.undo);
    expect(await snapshot(s)).toBe(before);
    await expect(s.run(updateItem('arxiv:2401.00001', { title: '  ' }))).rejects.toThrow('empty');
    await expect(s.run(updateItem('arxiv:2401.00001', { topicIds: [] }))).rejects.toThrow(
      'at least one topic',
    );
  });

  it('moves items between topics; an item already in the target just leaves the source', async () => {
    const s = await shelf();
    await s.save({ capture: paper('1'), topic: 'A' });
    await s.save({ capture: paper('2'), topics: ['A', 'B'] });
    const [, a, b] = await s.topics();
    await s.run(
      moveItems(
        ['arxiv:1', 'arxiv:2'].map((key) => ({ key, from: a?.id as string })),
        b?.id as string,
      ),
    );
    expect((await s.getItem('arxiv:1'))?.topicIds).toEqual([b?.id]);
    expect((await s.getItem('arxiv:2'))?.topicIds).toEqual([b?.id]);
  });

  it('merges two records into one, keeping what only the other knew', async () => {
    const s = await shelf();
    await s.save({ capture: { ...paper('1'), authors: ['Ada'] }, topic: 'A', note: 'first' });
    await s.save({
      capture: {
        key: 'url:example.org/p',
        kind: 'page',
        url: 'https://example.org/p',
        title: 'P',
        codeUrls: ['https://github.com/a/b'],
      },
      topic: 'B',
      note: 'second',
      status: 'read',
    });
    const before = await snapshot(s);
    const change = await s.run(mergeItems('arxiv:1', 'url:example.org/p'));
    expect(change.result.topicIds).toHaveLength(2);
    expect(change.result).toMatchObject({
      title: 'Paper 1',
      note: 'first\nsecond',
      status: 'read',
      codeUrls: ['https://github.com/a/b'],
      authors: ['Ada'],
    });
    expect(await s.getItem('url:example.org/p')).toBeUndefined();
    await s.applyUndo(change.undo);
    expect(await snapshot(s)).toBe(before);
  });

  it('deletes with undo', async () => {
    const s = await shelf();
    await s.save({ capture: paper('1'), topic: 'A' });
    const before = await snapshot(s);
    const change = await s.run(removeItems(['arxiv:1', 'arxiv:missing']));
    expect(change.result).toHaveLength(1);
    expect(await s.getItem('arxiv:1')).toBeUndefined();
    await s.applyUndo(change.undo);
    expect(await snapshot(s)).toBe(before);
  });
});

describe('reloadTouched', () => {
  it('brings loaded data up to date from the records an undo names', async () => {
    const s = await shelf();
    await s.save({ capture: paper('1'), topic: 'A' });
    await s.save({ capture: paper('2'), topic: 'B' });
    await s.save({ capture: paper('3'), topic: 'B' });
    const sorted = (data: LibraryData) =>
      JSON.stringify({
        ...data,
        items: [...data.items].sort((a, b) => a.key.localeCompare(b.key)),
      });
    let data = await s.loadLibrary();
    const operations = [
      () => s.run(mergeItems('arxiv:1', 'arxiv:2')),
      () => s.run(removeItems(['arxiv:3'])),
      async () => s.run(deleteTopic((await s.topics()).find((t) => t.path === 'B')?.id as string)),
    ];
    for (const operation of operations) {
      const change = await operation();
      data = await s.reloadTouched(data, change.undo);
      expect(JSON.parse(sorted(data))).toEqual(JSON.parse(sorted(await s.loadLibrary())));
      await s.applyUndo(change.undo);
      data = await s.reloadTouched(data, change.undo);
      expect(JSON.parse(sorted(data))).toEqual(JSON.parse(sorted(await s.loadLibrary())));
    }
  });
});

describe('topics', () => {
  it('renames a topic with its sub-topics and refuses a name taken', async () => {
    const s = await shelf();
    await s.save({ capture: paper('1'), topic: 'A / B / C' });
    await s.save({ capture: paper('2'), topic: 'D' });
    const a = (await s.topics()).find((t) => t.path === 'A');
    await s.run(renameTopic(a?.id as string, 'Alpha'));
    expect((await s.topics()).map((t) => t.path)).toEqual([
      '',
      'Alpha',
      'Alpha / B',
      'Alpha / B / C',
      'D',
    ]);
    await expect(s.run(renameTopic(a?.id as string, 'D'))).rejects.toThrow('already a topic "D"');
  });

  it('nests a topic under another and back to the top, keeping document order', async () => {
    const s = await shelf();
    await s.save({ capture: paper('1'), topic: 'A / A1' });
    await s.save({ capture: paper('2'), topic: 'B' });
    await s.save({ capture: paper('3'), topic: 'C' });
    const b = (await s.topics()).find((t) => t.path === 'B');
    await s.run(nestTopic(b?.id as string, 'A'));
    expect((await s.topics()).map((t) => t.path)).toEqual(['', 'A', 'A / A1', 'A / B', 'C']);
    const a = (await s.topics()).find((t) => t.path === 'A');
    await expect(s.run(nestTopic(a?.id as string, 'A / B'))).rejects.toThrow('inside itself');
    await s.run(nestTopic(b?.id as string, ''));
    expect((await s.topics()).map((t) => t.path)).toEqual(['', 'A', 'A / A1', 'C', 'B']);
    // Items follow their topic record, whatever its path.
    expect((await s.getItem('arxiv:2'))?.topicIds).toEqual([b?.id]);
  });

  it('reorders siblings with their sub-topics', async () => {
    const s = await shelf();
    await s.save({ capture: paper('1'), topic: 'A / A1' });
    await s.save({ capture: paper('2'), topic: 'B' });
    const b = (await s.topics()).find((t) => t.path === 'B');
    const change = await s.run(reorderTopic(b?.id as string, -1));
    expect((await s.topics()).map((t) => t.path)).toEqual(['', 'B', 'A', 'A / A1']);
    await s.run(reorderTopic(b?.id as string, -1)); // already first: nothing moves
    expect((await s.topics()).map((t) => t.path)).toEqual(['', 'B', 'A', 'A / A1']);
    await s.applyUndo(change.undo);
    expect((await s.topics()).map((t) => t.path)).toEqual(['', 'A', 'A / A1', 'B']);
  });

  it('deletes a topic and its sub-topics; their items go to the parent; undo restores', async () => {
    const s = await shelf();
    await s.save({ capture: paper('1'), topic: 'A / B' });
    await s.save({ capture: paper('2'), topic: 'A / B / C' });
    await s.save({ capture: paper('3'), topics: ['A', 'A / B'] });
    const before = await snapshot(s);
    const b = (await s.topics()).find((t) => t.path === 'A / B');
    const change = await s.run(deleteTopic(b?.id as string));
    expect(change.result.moved).toBe(3);
    expect((await s.topics()).map((t) => t.path)).toEqual(['', 'A']);
    const a = change.result.parent.id;
    for (const key of ['arxiv:1', 'arxiv:2', 'arxiv:3'])
      expect((await s.getItem(key))?.topicIds).toEqual([a]);
    await s.applyUndo(change.undo);
    expect(await snapshot(s)).toBe(before);
  });
});

describe('Markdown import', () => {
  const seed = readFileSync(path.join(SEEDS, 'llm-info-papers.md'), 'utf8');

  it('creates a list that exports back byte for byte, with the file as export baseline', async () => {
    const s = await shelf();
    const result = await importMarkdown(s, seed, { fileName: 'papers/README.md' }, { now: now() });
    expect(result.created).toBe(importList(seed).entries.length - 0 || result.created);
    const view = await s.listView(result.list.id);
    expect(view.list.fileName).toBe('papers/README.md');
    const markdown = exportList({
      list: view.list,
      topics: view.topics.map(({ topic, items }) => ({ path: topic.path, items })),
    });
    expect(markdown).toBe(seed);
    const data = await s.loadLibrary();
    const record = data.exports.find((e) => e.listId === result.list.id);
    expect(newKeysSince(view.list, record, data.items)).toEqual(new Set());
    await s.save({
      capture: paper('2106.09608'),
      topic: 'Papers / Optimization concepts',
      listId: result.list.id,
    });
    const after = await s.loadLibrary();
    expect(newKeysSince(view.list, record, after.items)).toEqual(new Set(['arxiv:2106.09608']));
    await s.run(
      recordExport(
        result.list.id,
        after.items.map((i) => i.key),
      ),
    );
    const exported = await s.loadLibrary();
    expect(newKeysSince(exported.lists[0] as never, exported.exports[0], exported.items).size).toBe(
      0,
    );
    expect(exported.lists[0]?.exportedAt).toBeGreaterThan(0);
  });

  it('a bad file changes nothing and names the line', async () => {
    const s = await shelf();
    await s.save({ capture: paper('1'), topic: 'A' });
    const before = await snapshot(s);
    const bad = new Uint8Array([0x23, 0x20, 0x41, 0x0a, 0xff, 0xfe, 0x00]);
    const error = await importMarkdown(s, bad, {}, { now: now() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarkdownImportError);
    expect((error as MarkdownImportError).line).toBe(2);
    expect(await snapshot(s)).toBe(before);
  });

  it('a failure while writing rolls the whole import back', async () => {
    const s = await shelf();
    const before = await snapshot(s);
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (++calls === 20) throw new DOMException('full', 'QuotaExceededError');
      return put.apply(this, args as Parameters<typeof put>);
    });
    await expect(importMarkdown(s, seed, {}, { now: now() })).rejects.toThrow('no room left');
    vi.restoreAllMocks();
    expect(await snapshot(s)).toBe(before);
  });

  it('refreshes a list from a newer file, keeping the items saved since', async () => {
    const s = await shelf();
    const v1 =
      '# Reading\n\n## A\n- [One](https://arxiv.org/abs/2401.00001)\n- [Two](https://arxiv.org/abs/2401.00002)\n\n## Old\n- [Old](https://arxiv.org/abs/2401.00009)\n';
    const { list } = await importMarkdown(s, v1, { fileName: 'README.md' }, { now: now() });
    await s.save({ capture: paper('2401.00005', 'Mine'), topic: 'A', listId: list.id });
    await s.save({ capture: paper('2401.00006', 'Mine too'), topic: 'Mine', listId: list.id });
    // Someone else removed Two and the Old section, and added Three, in the repository.
    const v2 =
      '# Reading\n\n## A\n- [One](https://arxiv.org/abs/2401.00001)\n- [Three](https://arxiv.org/abs/2401.00003)\n';
    const result = await importMarkdown(s, v2, { listId: list.id }, { now: now() });
    expect(result).toMatchObject({ created: 1, merged: 1, dropped: 2 });
    const view = await s.listView(list.id);
    expect(view.topics.map(({ topic }) => topic.path)).toEqual(['', 'A', 'Mine']);
    expect(await s.getItem('arxiv:2401.00002')).toBeUndefined();
    const markdown = exportList({
      list: view.list,
      topics: view.topics.map(({ topic, items }) => ({ path: topic.path, items })),
    });
    expect(markdown).toBe(
      '# Reading\n\n## A\n- [One](https://arxiv.org/abs/2401.00001)\n- [Three](https://arxiv.org/abs/2401.00003)\n- [Mine](https://arxiv.org/abs/2401.00005)\n\n## Mine\n- [Mine too](https://arxiv.org/abs/2401.00006)\n',
    );
    expect((await s.lists()).length).toBe(1);
  });
});

describe('backups', () => {
  it('export then import gives the same collection', async () => {
    const s = await shelf();
    await s.save({ capture: paper('1'), topic: 'A / B', note: 'x' });
    await s.run(createList({ name: 'Second', fileName: 'papers/README.md', style: 'awesome' }));
    const text = await exportBackup(s, Date.UTC(2026, 0, 1));
    const t = await shelf();
    await importBackup(t, text, { now: now() });
    expect(await exportBackup(t, Date.UTC(2026, 0, 1))).toBe(text);
  });

  it('a bad backup changes nothing and names the line', async () => {
    const s = await shelf();
    await s.save({ capture: paper('1'), topic: 'A' });
    const good = await exportBackup(s, 0);
    const before = await snapshot(s);
    const broken = good.replace('"status": "to-read"', '"status": "maybe"');
    const error = await importBackup(s, broken, { now: now() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    const line = broken.split('\n').findIndex((l) => l.includes('"maybe"')) + 1;
    expect((error as BackupError).line).toBe(line);
    expect(await snapshot(s)).toBe(before);
    const syntax = await importBackup(s, '{\n "a": 1\n "b": 2\n}', { now: now() }).catch(
      (e: unknown) => e,
    );
    expect((syntax as BackupError).line).toBe(3);
    expect(await snapshot(s)).toBe(before);
  });

  it('names the line of a JSON syntax error V8 words without a position', async () => {
    const s = await shelf();
    const syntax = await importBackup(s, '{\n  "format": \n}', { now: now() }).catch(
      (e: unknown) => e,
    );
    expect((syntax as BackupError).line).toBe(3);
  });
});

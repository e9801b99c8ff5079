/** Moving a selection from several topics is one operation in one transaction (issue 10). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { moveItems } from '../../../lib/collection/operations';
import { CollectionStore } from '../../../lib/store/collection-store';
import type { Capture, Topic } from '../../../lib/types';
import { failNthWrite } from '../../reliability/inject';

let count = 0;
const stores: CollectionStore[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const store of stores.splice(0)) store.close();
});

function paper(n: number): Capture {
  const id = `2401.0000${n}`;
  return { key: `arxiv:${id}`, kind: 'paper', url: `https://arxiv.org/abs/${id}`, title: `P${n}` };
}

async function threeTopics() {
  const store = await CollectionStore.open({ name: `move-${++count}` });
  stores.push(store);
  await store.save({ capture: paper(1), topic: 'A' });
  await store.save({ capture: paper(2), topic: 'B' });
  await store.save({ capture: paper(3), topic: 'C' });
  await store.save({ capture: paper(4), topic: 'D' });
  const topics = await store.topics();
  const id = (path: string) => (topics.find((t) => t.path === path) as Topic).id;
  const moves = [1, 2, 3].map((n, index) => ({
    key: paper(n).key,
    from: id(['A', 'B', 'C'][index] as string),
  }));
  return { store, moves, to: id('D') };
}

describe('moving a selection from several topics', () => {
  it('moves every item in one step and undoes it in one step', async () => {
    const { store, moves, to } = await threeTopics();
    const before = await store.readAll();
    const outcome = await store.run(moveItems(moves, to));
    expect(outcome.result.map((item) => item.topicIds)).toEqual([[to], [to], [to]]);
    await store.applyUndo(outcome.undo);
    expect(await store.readAll()).toEqual(before);
  });

  it('an interrupted move leaves the collection as it was', async () => {
    const { store, moves, to } = await threeTopics();
    const before = await store.readAll();
    // The second of the three item writes fails: the first must not stay moved.
    failNthWrite(2);
    await expect(store.run(moveItems(moves, to))).rejects.toThrow('no room left');
    vi.restoreAllMocks();
    expect(await store.readAll()).toEqual(before);
  });
});

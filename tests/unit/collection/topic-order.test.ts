/**
 * Issue 10: topic order is one rule, whichever side changes the topics. The same random
 * sequences of saves (popup) and topic edits (library) run against the collection held in
 * memory (as the CLI runs it) and against the IndexedDB store; both must end the same, with
 * orders dense and unique, and the library's order must be the order export writes.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Context } from '../../../lib/collection/collection';
import { type HeldCollection, runInMemory } from '../../../lib/collection/memory';
import {
  addTopic,
  deleteTopic,
  fileCaptureOperation,
  nestTopic,
  renameTopic,
  reorderTopic,
} from '../../../lib/collection/operations';
import { listExportInput } from '../../../lib/collection/list-export';
import type { Operation } from '../../../lib/collection/slice';
import { exportList } from '../../../lib/markdown/index';
import { CollectionStore } from '../../../lib/store/collection-store';
import type { Capture, Topic } from '../../../lib/types';

let dbCount = 0;
const stores: CollectionStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

function paper(n: number): Capture {
  const id = `2401.${String(n).padStart(5, '0')}`;
  return { key: `arxiv:${id}`, kind: 'paper', url: `https://arxiv.org/abs/${id}`, title: `P${n}` };
}

/** Ids and times that both sides draw in the same order. */
function counters() {
  let id = 0;
  let time = 1_000;
  return { newId: () => `id-${++id}`, now: () => ++time };
}

/** The two sides: the same operation, run in memory or in IndexedDB. */
interface Side {
  run<T>(operation: Operation<T>): Promise<T>;
  state(): Promise<HeldCollection>;
}

function memorySide(): Side {
  const held: HeldCollection = { lists: [], topics: [], items: [], exports: [], settings: {} };
  const clock = counters();
  return {
    async run(operation) {
      const context: Context = { now: clock.now(), newId: clock.newId };
      return runInMemory(held, operation, context).result;
    },
    state: async () => held,
  };
}

async function storeSide(): Promise<Side> {
  const clock = counters();
  const store = await CollectionStore.open({
    name: `topic-order-${++dbCount}`,
    now: clock.now,
    newId: clock.newId,
  });
  stores.push(store);
  return {
    run: async (operation) => (await store.run(operation)).result,
    state: () => store.readAll(),
  };
}

function sorted(collection: HeldCollection) {
  return {
    lists: [...collection.lists].sort((a, b) => a.id.localeCompare(b.id)),
    topics: [...collection.topics].sort((a, b) => a.id.localeCompare(b.id)),
    items: [...collection.items].sort((a, b) => a.key.localeCompare(b.key)),
  };
}

/** Orders dense (0…n-1) and unique per list, in document order: parents first, subtrees whole. */
function expectOrderRule(collection: HeldCollection) {
  for (const list of collection.lists) {
    const topics = collection.topics
      .filter((topic) => topic.listId === list.id)
      .sort((a, b) => a.order - b.order);
    expect(topics.map((topic) => topic.order)).toEqual(topics.map((_, index) => index));
    expect(topics[0]?.path).toBe('');
    topics.forEach((topic, index) => {
      if (topic.path === '') return;
      const parent = topic.path.split(' / ').slice(0, -1).join(' / ');
      const before = topics.slice(0, index);
      // The parent comes earlier, and nothing between it and here lies outside it.
      const at = before.findIndex((t) => t.path === parent);
      expect(at, `${topic.path} after its parent`).toBeGreaterThanOrEqual(0);
      for (const between of before.slice(at + 1)) {
        expect(
          between.path.startsWith(`${parent} / `) || parent === '',
          `${between.path} inside ${parent}`,
        ).toBe(true);
      }
    });
  }
}

/** The library's order (topics by order, indented by depth) against export's headings. */
function expectLibraryOrderIsExportOrder(collection: HeldCollection) {
  for (const list of collection.lists) {
    const library = collection.topics
      .filter((topic) => topic.listId === list.id && topic.path !== '')
      .sort((a, b) => a.order - b.order)
      .map((topic) => {
        const parts = topic.path.split(' / ');
        return `${'#'.repeat(parts.length + 1)} ${parts.at(-1)}`;
      });
    const markdown = exportList(listExportInput(collection, { ...list, style: 'plain' }));
    const headings = markdown.split('\n').filter((line) => /^#{2,} /.test(line));
    expect(headings).toEqual(library);
  }
}

describe('topic order (issue 10 reproduction)', () => {
  for (const make of [async () => memorySide(), storeSide]) {
    it(`save into A, B, C; delete A in the library; save into D: dense and unique (${make === storeSide ? 'IndexedDB' : 'memory'})`, async () => {
      const side = await make();
      for (const [n, topic] of ['A', 'B', 'C'].entries()) {
        await side.run(fileCaptureOperation({ capture: paper(n), topics: [topic] }));
      }
      const a = (await side.state()).topics.find((topic) => topic.path === 'A') as Topic;
      await side.run(deleteTopic(a.id));
      await side.run(fileCaptureOperation({ capture: paper(9), topics: ['D'] }));
      const state = await side.state();
      const orders = state.topics
        .sort((x, y) => x.order - y.order)
        .map((topic) => `${topic.path}:${topic.order}`);
      expect(orders).toEqual([':0', 'B:1', 'C:2', 'D:3']);
      expectOrderRule(state);
      expectLibraryOrderIsExportOrder(state);
    });
  }
});

const PATHS = ['A', 'B', 'C', 'A / X', 'A / Y', 'B / X', 'A / X / Deep', 'C / Z'];

type Step =
  | { kind: 'save'; paper: number; path: string }
  | { kind: 'add'; path: string }
  | { kind: 'delete'; pick: number }
  | { kind: 'nest'; pick: number; parent: number }
  | { kind: 'reorder'; pick: number; direction: -1 | 1 }
  | { kind: 'rename'; pick: number; name: string };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('save' as const),
    paper: fc.nat(6),
    path: fc.constantFrom(...PATHS, ''),
  }),
  fc.record({ kind: fc.constant('add' as const), path: fc.constantFrom(...PATHS) }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat(20) }),
  fc.record({ kind: fc.constant('nest' as const), pick: fc.nat(20), parent: fc.nat(20) }),
  fc.record({
    kind: fc.constant('reorder' as const),
    pick: fc.nat(20),
    direction: fc.constantFrom(-1 as const, 1 as const),
  }),
  fc.record({
    kind: fc.constant('rename' as const),
    pick: fc.nat(20),
    name: fc.constantFrom('A', 'B', 'Q', 'R'),
  }),
);

/** The operation a step stands for in this state; undefined when it names nothing. */
function operationFor(step: Step, state: HeldCollection): Operation<unknown> | undefined {
  const topics = [...state.topics]
    .filter((topic) => topic.path !== '')
    .sort((a, b) => a.order - b.order);
  const picked = 'pick' in step ? topics[step.pick % Math.max(topics.length, 1)] : undefined;
  const listId = state.lists[0]?.id;
  switch (step.kind) {
    case 'save':
      return fileCaptureOperation({ capture: paper(step.paper), topics: [step.path] });
    case 'add':
      return listId ? addTopic(listId, step.path) : undefined;
    case 'delete':
      return picked && deleteTopic(picked.id);
    case 'nest': {
      const parents = ['', ...topics.map((topic) => topic.path)];
      return picked && nestTopic(picked.id, parents[step.parent % parents.length] as string);
    }
    case 'reorder':
      return picked && reorderTopic(picked.id, step.direction);
    case 'rename':
      return picked && renameTopic(picked.id, step.name);
  }
}

async function attempt(side: Side, operation: Operation<unknown>): Promise<string> {
  try {
    await side.run(operation);
    return 'ok';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('topic order (property)', () => {
  it('any sequence of saves and topic edits: memory and IndexedDB agree, orders stay dense', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 18 }), async (steps) => {
        const memory = memorySide();
        const store = await storeSide();
        for (const next of steps) {
          const before = await memory.state();
          const operation = operationFor(next, before);
          if (!operation) continue;
          // The same refusals on both sides (a name taken, a topic nested in itself).
          expect(await attempt(store, operation)).toBe(await attempt(memory, operation));
          const state = await memory.state();
          expectOrderRule(state);
        }
        const [left, right] = [await memory.state(), await store.state()];
        expect(sorted(right)).toEqual(sorted(left));
        expectLibraryOrderIsExportOrder(left);
      }),
      { numRuns: 40 },
    );
  });
});

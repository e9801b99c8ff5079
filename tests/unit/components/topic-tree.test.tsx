// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TopicNav } from '../../../components/library/TopicNav';
import { topicRows } from '../../../components/library/topic-tree';
import { importMarkdown } from '../../../lib/store/markdown-list-import';
import { CollectionStore } from '../../../lib/store/collection-store';
import type { Item, Topic } from '../../../lib/types';
import { SEEDS_DIR } from '../markdown/helpers';

const seed = readFileSync(join(SEEDS_DIR, 'awesome-efficient-llm.md'), 'utf8');

function topic(id: string, path: string, order: number): Topic {
  return { id, listId: 'l', path, order, createdAt: order };
}

afterEach(cleanup);

describe('the topic tree', () => {
  it('puts a sub-topic added later under its parent, not under the last topic', async () => {
    const shelf = await CollectionStore.open({ name: 'topic-tree-seed' });
    const { list } = await importMarkdown(shelf, seed, {}, { now: 1 });
    await shelf.save({
      capture: {
        key: 'url:https://apple.com/mlx',
        kind: 'page',
        url: 'https://apple.com/mlx',
        title: 'MLX',
      },
      topic: 'Toolkits / Apple',
      listId: list.id,
    });
    const rows = topicRows(await shelf.topics(list.id));
    shelf.close();

    const paths = rows.map((row) => row.topic.path);
    const apple = paths.indexOf('Toolkits / Apple');
    const toolkits = paths.indexOf('Toolkits');
    expect(toolkits).toBeGreaterThan(0);
    expect(apple).toBe(toolkits + 1); // Toolkits has no sub-topics of its own in the seed
    expect(rows[apple]).toMatchObject({ depth: 2, label: 'Apple' });
    expect(paths.at(-1)).not.toBe('Toolkits / Apple');
    // Every row sits right under an ancestor or a sibling of one: the tree reads as paths.
    for (const [index, row] of rows.entries()) {
      if (row.depth <= 1) continue;
      const parent = rows.slice(0, index).findLast((above) => above.depth === row.depth - 1);
      expect(row.topic.path.startsWith(`${parent?.topic.path} / `)).toBe(true);
    }
  });

  it('keeps siblings in the list order and shows a path whose parent is missing under the nearest one', () => {
    const rows = topicRows([
      topic('root', '', 0),
      topic('c', 'A / B / C', 1),
      topic('a', 'A', 2),
      topic('z', 'Z', 3),
      topic('y', 'A / Y', 4),
    ]);
    expect(rows.map((row) => [row.topic.id, row.depth, row.label])).toEqual([
      ['root', 0, ''],
      ['a', 1, 'A'],
      ['c', 2, 'B / C'],
      ['y', 2, 'Y'],
      ['z', 1, 'Z'],
    ]);
  });

  it('counts a parent with its whole subtree, each item once, and its own items apart', () => {
    const filed: Record<string, string[]> = {
      root: [],
      a: ['k1'],
      b: ['k1', 'k2'],
      c: ['k3'],
    };
    const rows = topicRows(
      [
        topic('root', '', 0),
        topic('a', 'A', 1),
        topic('b', 'A / B', 2),
        topic('c', 'A / B / C', 3),
      ],
      (id) => filed[id] ?? [],
    );
    expect(rows.map((row) => [row.topic.id, row.direct, row.total])).toEqual([
      ['root', 0, 3],
      ['a', 1, 3],
      ['b', 2, 3],
      ['c', 1, 1],
    ]);
    expect(topicRows([topic('a', 'A', 1)])[0]?.total).toBeUndefined();
  });

  it('shows a parent holding only sub-topic items with their total, never 0', () => {
    const item = { key: 'k1' } as Item;
    const topics = [topic('root', '', 0), topic('a', 'Agents', 1), topic('b', 'Agents / Web', 2)];
    render(
      <TopicNav
        listName="Reading list"
        topics={topics}
        byTopic={
          new Map([
            ['root', []],
            ['a', []],
            ['b', [item]],
          ])
        }
        selected={undefined}
        onSelect={() => undefined}
        onDropItems={() => undefined}
        onDropTopic={() => undefined}
      />,
    );
    const agents = screen.getByRole('button', { name: /^Agents/ });
    expect(agents.textContent).toContain('1');
    expect(agents.textContent).toContain('(0)');
    expect(screen.getByRole('button', { name: /^Web/ }).textContent).not.toContain('(');
  });
});

import { describe, expect, it } from 'vitest';
import { filterItems, isFiltering, queryTerms } from '../../lib/search';
import type { Item } from '../../lib/types';

function item(key: string, fields: Partial<Item> = {}): Item {
  return {
    key,
    kind: 'paper',
    url: 'https://x',
    title: key,
    note: '',
    status: 'to-read',
    topicIds: ['t'],
    savedAt: 0,
    updatedAt: 0,
    ...fields,
  };
}

const items = [
  item('arxiv:2106.09608', {
    title: 'Learning Knowledge Graph-based World Models',
    authors: ['Prithviraj Ammanabrolu', 'Mark O. Riedl'],
    arxiv: { id: '2106.09608', version: 2 },
  }),
  item('github:vllm-project/vllm', {
    kind: 'repo',
    title: 'vLLM',
    repo: { owner: 'vllm-project', name: 'vllm' },
    note: 'PagedAttention serving',
    status: 'read',
    topicIds: ['s'],
  }),
  item('hf:model:org/tiny', {
    kind: 'model',
    title: 'Tiny',
    hub: { type: 'model', id: 'org/tiny', owner: 'org' },
  }),
];

describe('search', () => {
  it('finds by title, author, id and note, any case, all words', () => {
    const keys = (query: string) => filterItems(items, { query }).map((i) => i.key);
    expect(keys('world MODELS')).toEqual(['arxiv:2106.09608']);
    expect(keys('riedl')).toEqual(['arxiv:2106.09608']);
    expect(keys('2106.09608')).toEqual(['arxiv:2106.09608']);
    expect(keys('arxiv:2106.09608v2')).toEqual(['arxiv:2106.09608']);
    expect(keys('pagedattention')).toEqual(['github:vllm-project/vllm']);
    expect(keys('org/tiny')).toEqual(['hf:model:org/tiny']);
    expect(keys('world vllm')).toEqual([]);
    expect(keys('  ')).toHaveLength(3);
  });

  it('filters by kind, status, keys and topics', () => {
    expect(filterItems(items, { kind: 'repo' })).toHaveLength(1);
    expect(filterItems(items, { status: 'to-read' })).toHaveLength(2);
    expect(filterItems(items, { keys: new Set(['hf:model:org/tiny']) })).toHaveLength(1);
    expect(filterItems(items, { topicIds: new Set(['s']) })).toHaveLength(1);
    expect(isFiltering({ query: ' ' })).toBe(false);
    expect(isFiltering({ kind: 'paper' })).toBe(true);
    expect(queryTerms(' A  b ')).toEqual(['a', 'b']);
  });

  // Speed is `npm run bench`'s (search_10k_ms): a timed assertion here fails on a busy machine.
  it('finds the one match among 10,000 items', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      item(`arxiv:23${i}`, {
        title: `Efficient sparse attention ${i}`,
        authors: [`Author ${i % 97}`],
        note: i % 5 ? '' : `note ${i}`,
      }),
    );
    const found = filterItems(many, { query: 'sparse 9999' });
    expect(found.map((i) => i.key)).toEqual(['arxiv:239999']);
  });
});

import { describe, expect, it } from 'vitest';
import { isSortOrder, publishedOf, sortItems } from '../../lib/sort-items';
import type { Item } from '../../lib/types';

function item(key: string, savedAt: number, extra: Partial<Item> = {}): Item {
  return {
    key,
    kind: 'paper',
    url: `https://example.org/${key}`,
    title: key,
    note: '',
    status: 'to-read',
    topicIds: [],
    savedAt,
    updatedAt: savedAt,
    ...extra,
  };
}

const a = item('a', 3, { title: 'beta', published: '2019' });
const b = item('b', 1, { title: 'Alpha', arxiv: { id: '2401.00001', published: '2024-01-02' } });
const c = item('c', 2, { title: 'GPT-10' });
const d = item('d', 4, {
  title: 'GPT-9',
  published: '2024-01-02',
  arxiv: { id: '1', published: '2001-01-01' },
});

describe('sortItems', () => {
  it('orders by date added, oldest first, by default order', () => {
    expect(sortItems([a, b, c, d], 'added').map((x) => x.key)).toEqual(['b', 'c', 'a', 'd']);
  });

  it('orders by publication, newest first; ties by date added; undated last', () => {
    expect(sortItems([a, b, c, d], 'published').map((x) => x.key)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('orders by title regardless of case, numbers by value', () => {
    expect(sortItems([a, b, c, d], 'title').map((x) => x.key)).toEqual(['b', 'a', 'd', 'c']);
  });

  it('leaves its input as it was', () => {
    const input = [a, b];
    sortItems(input, 'title');
    expect(input).toEqual([a, b]);
  });
});

describe('publishedOf', () => {
  it('prefers the venue date, pads partial dates, ignores what is not a date', () => {
    expect(publishedOf(d)).toBe('2024-01-02');
    expect(publishedOf(a)).toBe('2019-00-00');
    expect(publishedOf(item('x', 0, { published: 'soon' }))).toBe('');
    expect(publishedOf(item('y', 0, { published: '2020-05' }))).toBe('2020-05-00');
  });
});

describe('isSortOrder', () => {
  it('accepts only the known orders (a stored value may be stale)', () => {
    expect(isSortOrder('title')).toBe(true);
    expect(isSortOrder('size')).toBe(false);
    expect(isSortOrder(undefined)).toBe(false);
  });
});

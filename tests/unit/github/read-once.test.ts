/**
 * A push plan reads the file on GitHub once and writes back into that same reading:
 * `exportList` given `readList`'s result writes what it writes from the text alone, and a
 * reading of another text is not used.
 */
import { describe, expect, it } from 'vitest';
import { exportList, importList, readList } from '../../../lib/markdown/index';
import type { Item } from '../../../lib/types';
import { LIST, paper } from './helpers';

const now = new Date(Date.UTC(2026, 0, 1));
const awq: Item = {
  ...paper('2306.00978', 'AWQ'),
  note: '',
  status: 'to-read',
  topicIds: [],
  savedAt: 1,
  updatedAt: 1,
};

function input(source: string) {
  return {
    list: { name: 'Efficient LLM', style: 'awesome' as const, source },
    topics: [
      { path: 'Quantization', items: [awq] },
      { path: 'Sparsity', sourcePath: 'Pruning', items: [] },
    ],
  };
}

describe('reading the remote file once', () => {
  it('writes the same text from a reading as from the source', () => {
    const expected = exportList(input(LIST), { now });
    expect(expected).toContain('AWQ');
    expect(expected).toContain('## Sparsity');
    const read = readList(LIST);
    expect(read.imported).toEqual(importList(LIST));
    expect(exportList(input(LIST), { now, read })).toBe(expected);
  });

  it('ignores a reading of another text', () => {
    const other = readList('# Other\n\n## Pruning\n\n- [X](https://arxiv.org/abs/2401.00001)\n');
    expect(exportList(input(LIST), { now, read: other })).toBe(exportList(input(LIST), { now }));
  });
});

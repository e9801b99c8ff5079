/**
 * Issue 11 point 3, a table row's cells are shaped like the neighbours' cells: where the
 * row a new one is modelled on has no code (`-` under Github), the column's cell of the
 * nearest row that has one (a star badge) gives the item's code its place; never lost.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, exportShelf, save, shelfFrom } from './helpers';
import { PUBLISHED_PAPER } from './lists-helpers';

const TABLE = [
  '# List',
  '',
  '## Papers',
  '',
  '| Title | Github | Date |',
  '|-----|:-----:|:-----:|',
  '| [One](https://arxiv.org/abs/2301.00001) | [![Star](https://img.shields.io/github/stars/lab/one.svg?style=social&label=Star)](https://github.com/lab/one) | Jan 2023 |',
  '| [Two](https://arxiv.org/abs/2302.00002) | [![Star](https://img.shields.io/github/stars/lab/two.svg?style=social&label=Star)](https://github.com/lab/two) | Feb 2023 |',
  '| [Three](https://arxiv.org/abs/2303.00003) | - | Mar 2023 |',
  '| [Four](https://arxiv.org/abs/2304.00004) | - | Apr 2023 |',
  '',
].join('\n');

function added(paper = PUBLISHED_PAPER): string[] {
  const shelf = shelfFrom(TABLE);
  save(shelf, 'Papers', paper);
  return addedLines(TABLE, exportShelf(shelf)) ?? [];
}

describe('a column the model row leaves empty', () => {
  it('takes the nearest star badge of that column for the item’s code', () => {
    expect(added()).toEqual([
      '| [Attention Is All You Need](https://arxiv.org/abs/1706.03762) | [![Star](https://img.shields.io/github/stars/tensorflow/tensor2tensor.svg?style=social&label=Star)](https://github.com/tensorflow/tensor2tensor) | Jun 2017 |',
    ]);
  });

  it('stays `-` for an item without code', () => {
    expect(added({ ...PUBLISHED_PAPER, codeUrls: [] })).toEqual([
      '| [Attention Is All You Need](https://arxiv.org/abs/1706.03762) | - | Jun 2017 |',
    ]);
  });
});

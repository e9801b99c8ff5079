/**
 * A table dated by its owner (mli/paper-reading's `日期`: the day a video was recorded, not
 * the paper's) takes a new row with that cell left empty, on top of its newest-first rows;
 * a table dated by its works keeps the item's date (learn/own-dates.ts).
 */
import { describe, expect, it } from 'vitest';
import { addedLines, exportShelf, save, shelfFrom } from './helpers';
import { PUBLISHED_PAPER } from './lists-helpers';

const table = (rows: string[]) =>
  [
    '# Videos',
    '',
    '## Recorded',
    '',
    '| Date | Title | Length |',
    '| --: | -- | --: |',
    ...rows,
    '',
  ].join('\n');

describe('a date column', () => {
  it('of the owner’s dates is left empty in a new row, which goes on top', () => {
    const text = table([
      '| 3/10/23 | [Anthropic LLM](https://arxiv.org/pdf/2204.05862.pdf) | 1:01:51 |',
      '| 1/20/23 | [Helm](https://arxiv.org/pdf/2211.09110.pdf) | 1:23:37 |',
      '| 12/29/22 | [Instruct GPT](https://arxiv.org/pdf/2203.02155.pdf) | 1:07:10 |',
      '| 7/29/22 | [ViLT](https://arxiv.org/pdf/2102.03334.pdf) | 1:03:26 |',
    ]);
    const shelf = shelfFrom(text);
    save(shelf, 'Recorded', PUBLISHED_PAPER);
    const out = exportShelf(shelf);
    expect(addedLines(text, out)).toEqual([
      '| | [Attention Is All You Need](https://arxiv.org/pdf/1706.03762.pdf) | |',
    ]);
    const lines = out.split('\n');
    expect(lines[lines.indexOf('| --: | -- | --: |') + 1]).toContain('1706.03762');
  });

  it('of the works’ own dates takes the item’s date, in its place', () => {
    const text = table([
      '| 3/10/22 | [Anthropic LLM](https://arxiv.org/pdf/2204.05862.pdf) | 1:01:51 |',
      '| 3/03/22 | [Instruct GPT](https://arxiv.org/pdf/2203.02155.pdf) | 1:07:10 |',
      '| 2/20/21 | [ViLT](https://arxiv.org/pdf/2102.03334.pdf) | 1:03:26 |',
      '| 2/01/18 | [Self-Attention](https://arxiv.org/pdf/1803.02155.pdf) | 1:00:00 |',
    ]);
    const shelf = shelfFrom(text);
    save(shelf, 'Recorded', PUBLISHED_PAPER);
    const out = exportShelf(shelf);
    expect(addedLines(text, out)).toEqual([
      '| 6/12/17 | [Attention Is All You Need](https://arxiv.org/pdf/1706.03762.pdf) | |',
    ]);
    const lines = out.split('\n');
    expect(lines[lines.length - 2]).toContain('1706.03762');
  });
});

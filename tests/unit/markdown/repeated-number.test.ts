/**
 * Issue 11, lists numbered `1.` throughout: Markdown numbers the items itself, so a list
 * that starts at `21.` and goes on with `1.` on every item (as thunlp's GNN list does inside
 * its "more" blocks) takes a new item as `1.` too, not as the last number plus one.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, exportShelf, save, shelfFrom } from './helpers';
import { PUBLISHED_PAPER } from './lists-helpers';

function added(body: string[]): string[] {
  const text = `# List\n\n## Papers\n\n${body.join('\n')}\n\n## Other\n\nProse.\n`;
  const shelf = shelfFrom(text);
  save(shelf, 'Papers', PUBLISHED_PAPER);
  return (addedLines(text, exportShelf(shelf)) ?? []).filter((line) => line.trim() !== '');
}

const entry = (n: string, title: string, id: string) =>
  `${n} **${title}.** ICLR 2020. [paper](https://arxiv.org/abs/${id})`;

describe('a list that repeats its numbers', () => {
  it('takes the number its last items repeat', () => {
    const list = [
      entry('21.', 'Graph One', '2001.00001'),
      entry('22.', 'Graph Two', '2001.00002'),
      entry('1.', 'Graph Three', '2001.00003'),
      entry('1.', 'Graph Four', '2001.00004'),
    ];
    expect(added(list)).toEqual([
      '1. **Attention Is All You Need.** NeurIPS 2017. [paper](https://arxiv.org/abs/1706.03762)',
    ]);
  });

  it('counts on where the numbers count', () => {
    const list = [
      entry('1.', 'Graph One', '2001.00001'),
      entry('2.', 'Graph Two', '2001.00002'),
      entry('3.', 'Graph Three', '2001.00003'),
    ];
    expect(added(list)).toEqual([
      '4. **Attention Is All You Need.** NeurIPS 2017. [paper](https://arxiv.org/abs/1706.03762)',
    ]);
  });
});

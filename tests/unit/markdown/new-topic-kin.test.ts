/**
 * Issue 11 point 2, which neighbours a new topic (a section with no entries of its own)
 * learns from: its sibling sections, else its parent's own entries, else the document's;
 * the nearest sections first and, in each, its most recent entries (the top of a list that
 * runs newest first), never whatever happens to sit at the bottom of the document.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, exportShelf, save, shelfFrom } from './helpers';
import { PUBLISHED_PAPER } from './lists-helpers';

/** The non-blank lines a saved paper adds to `topic` of `text`. */
function added(text: string, topic: string): string[] {
  const shelf = shelfFrom(text);
  save(shelf, topic, PUBLISHED_PAPER);
  const lines = addedLines(text, exportShelf(shelf));
  expect(lines).not.toBeNull();
  return (lines ?? []).filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

describe('a new topic learns from its kin', () => {
  it('a sub-topic learns from its parent’s entries, not from another section below', () => {
    const text = [
      '# List',
      '',
      '## Agents',
      '',
      '- [2023/01] **One Agent.** [[paper](https://arxiv.org/abs/2301.00001)]',
      '- [2023/02] **Two Agents.** [[paper](https://arxiv.org/abs/2302.00002)]',
      '',
      '## Vision',
      '',
      '- Three Views [[arXiv](https://arxiv.org/abs/2303.00003)]',
      '- Four Views [[arXiv](https://arxiv.org/abs/2304.00004)]',
      '- Five Views [[arXiv](https://arxiv.org/abs/2305.00005)]',
      '',
    ].join('\n');
    expect(added(text, 'Agents / Planning')).toEqual([
      '- [2017/06] **Attention Is All You Need.** [[paper](https://arxiv.org/abs/1706.03762)]',
    ]);
  });

  it('a list that runs newest first lends its most recent entries, not its oldest', () => {
    // The oldest entries (at the bottom) were written with a space the recent ones dropped.
    const text = [
      '- [2024/05] **Recent One.** [[paper](https://arxiv.org/abs/2405.00001)]',
      '- [2024/02] **Recent Two.** [[paper](https://arxiv.org/abs/2402.00002)]',
      '- [2023/11] **Recent Three.** [[paper](https://arxiv.org/abs/2311.00003)]',
      '- [2019/03]  **Old One.** [[paper](https://arxiv.org/abs/1903.00004)]',
      '- [2018/07]  **Old Two.** [[paper](https://arxiv.org/abs/1807.00005)]',
      '',
    ].join('\n');
    expect(added(text, 'Saved')).toEqual([
      '- [2017/06] **Attention Is All You Need.** [[paper](https://arxiv.org/abs/1706.03762)]',
    ]);
  });

  it('a new table takes its parent’s table, not the last table of the document', () => {
    const text = [
      '# List',
      '',
      '## Registration',
      '',
      '| Year | Venue | Paper |',
      '|:----:|:------|:------|',
      '| 2021 | CVPR | [One](https://arxiv.org/abs/2101.00001) |',
      '| 2022 | ICCV | [Two](https://arxiv.org/abs/2202.00002) |',
      '',
      '## Resources',
      '',
      '| Title | Links |',
      '|:------|:------|',
      '| Three | [[Paper](https://arxiv.org/abs/2303.00003)] |',
      '',
    ].join('\n');
    expect(added(text, 'Registration / Saved')).toEqual([
      '| Year | Venue | Paper |',
      '|:----:|:------|:------|',
      '| 2017 | NeurIPS | [Attention Is All You Need](https://arxiv.org/abs/1706.03762) |',
    ]);
  });
});

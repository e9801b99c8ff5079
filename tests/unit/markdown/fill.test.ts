/**
 * Issue 11 points 1, 2 and 5 on small lists: a link's label says what the link is, no URL
 * is written twice, a neighbour's state is never copied, and a new entry takes its place
 * where the section's entries run by date, year or id.
 */
import { describe, expect, it } from 'vitest';
import type { Capture } from '../../../lib/types';
import { addedLines, exportShelf, MODEL, REPO, save, shelfFrom } from './helpers';
import { PUBLISHED_PAPER } from './lists-helpers';

const PAGE: Capture = {
  key: 'url:https://example.org/notes',
  kind: 'page',
  url: 'https://example.org/notes',
  title: 'Some notes',
};

/** The lines `captures` add to the `Papers` section of `body`. */
function added(body: string, ...captures: Capture[]): string[] {
  const text = `# List\n\n## Papers\n\n${body}\n\n## Other\n\nProse.\n`;
  const shelf = shelfFrom(text);
  save(shelf, 'Papers', ...captures);
  const lines = addedLines(text, exportShelf(shelf));
  expect(lines).not.toBeNull();
  return lines ?? [];
}

/** The section's text after saving (to see where new entries went). */
function after(body: string, ...captures: Capture[]): string {
  const text = `# List\n\n## Papers\n\n${body}\n`;
  const shelf = shelfFrom(text);
  save(shelf, 'Papers', ...captures);
  return exportShelf(shelf).split('## Papers\n\n')[1] ?? '';
}

const ARXIV_LIST = [
  '- Deep Residual Learning [[arXiv](https://arxiv.org/abs/1512.03385)]',
  '- Adam: A Method for Stochastic Optimization [[arXiv](https://arxiv.org/abs/1412.6980)]',
  '- Batch Normalization [[arXiv](https://arxiv.org/abs/1502.03167)]',
].join('\n');

describe('a link’s label says what the link is', () => {
  it('relabels an arXiv slot for a repository and a model, in the label’s case', () => {
    expect(added(ARXIV_LIST, REPO, MODEL)).toEqual([
      '- trl [[code](https://github.com/huggingface/trl)]',
      '- meta-llama/Meta-Llama-3-8B [[model](https://huggingface.co/meta-llama/Meta-Llama-3-8B)]',
    ]);
    const upper = ARXIV_LIST.replace(/\[\[arXiv\]/g, '[[Paper]');
    expect(added(upper, REPO)).toEqual(['- trl [[Code](https://github.com/huggingface/trl)]']);
  });

  it('spells the new label as the document spells links of that kind', () => {
    const list = [
      '- Deep Residual Learning [[paper](https://arxiv.org/abs/1512.03385)] [[GitHub](https://github.com/KaimingHe/deep-residual-networks)]',
      '- Adam [[paper](https://arxiv.org/abs/1412.6980)]',
      '- Batch Normalization [[paper](https://arxiv.org/abs/1502.03167)] [[GitHub](https://github.com/o/bn)]',
    ].join('\n');
    expect(added(list, REPO)).toEqual(['- trl [[GitHub](https://github.com/huggingface/trl)]']);
  });

  it('gives an arXiv paper no doi label: the document’s arXiv spelling instead', () => {
    const list = [
      '1. **Deep Residual Learning** [[doi](https://doi.org/10.1109/cvpr.2016.90)]',
      '1. **Batch Normalization** [[doi](https://doi.org/10.5555/3045118.3045167)]',
      '1. **Adam** [[arXiv](https://arxiv.org/abs/1412.6980)]',
    ].join('\n');
    expect(added(list, PUBLISHED_PAPER)).toEqual([
      '1. **Attention Is All You Need** [[arXiv](https://arxiv.org/abs/1706.03762)]',
    ]);
    // Without an arXiv link to learn the spelling from, the kind's own word.
    const doiOnly = list.split('\n').slice(0, 2).join('\n');
    expect(added(doiOnly, PUBLISHED_PAPER)).toEqual([
      '1. **Attention Is All You Need** [[arXiv](https://arxiv.org/abs/1706.03762)]',
    ]);
  });

  it('puts a repository into the code slot and writes its URL once', () => {
    const list = [
      '* 2016-ICLR - Deep Residual Learning. [[Paper]](https://arxiv.org/abs/1512.03385) [[Code]](https://github.com/a/resnet)',
      '* 2015-ICML - Batch Normalization. [[Paper]](https://arxiv.org/abs/1502.03167) [[Code]](https://github.com/b/bn)',
    ].join('\n');
    expect(added(list, REPO)).toEqual(['* trl. [[Code]](https://github.com/huggingface/trl)']);
    expect(added(list, PUBLISHED_PAPER)).toEqual([
      '* 2017-NeurIPS - Attention Is All You Need. [[Paper]](https://arxiv.org/abs/1706.03762) [[Code]](https://github.com/tensorflow/tensor2tensor)',
    ]);
  });

  it('keeps the title link for a work whose kind no labelled slot takes', () => {
    const list = [
      '- [Deep Residual Learning](https://arxiv.org/abs/1512.03385) [[pdf](https://arxiv.org/pdf/1512.03385)]',
      '- [Batch Normalization](https://arxiv.org/abs/1502.03167) [[pdf](https://arxiv.org/pdf/1502.03167)]',
    ].join('\n');
    expect(added(list, REPO, PAGE)).toEqual([
      '- [trl](https://github.com/huggingface/trl)',
      '- [Some notes](https://example.org/notes)',
    ]);
  });

  it('leaves a badge of another kind out of a table row', () => {
    const table = [
      '| Title | arXiv | Year |',
      '|---|---|---|',
      '| [Deep Residual Learning](https://arxiv.org/abs/1512.03385) | [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/1512.03385) | 2015 |',
      '| [Adam](https://arxiv.org/abs/1412.6980) | [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/1412.6980) | - |',
    ].join('\n');
    // Empty where the column's neighbours leave it empty, `-` where they write `-`.
    expect(added(table, REPO)).toEqual(['| [trl](https://github.com/huggingface/trl) | | - |']);
  });
});

describe('a neighbour’s state is not copied', () => {
  it('writes an unchecked box under checked neighbours', () => {
    const list = [
      '- [x] [Deep Residual Learning](https://arxiv.org/abs/1512.03385): read twice',
      '- [x] [Batch Normalization](https://arxiv.org/abs/1502.03167): read once',
    ].join('\n');
    expect(added(list, REPO)).toEqual(['- [ ] [trl](https://github.com/huggingface/trl)']);
  });

  it('leaves a done mark out of a table row', () => {
    const table = [
      '| Done | Paper |',
      '|---|---|',
      '| ✅ | [Deep Residual Learning](https://arxiv.org/abs/1512.03385) |',
      '| ✅ | [Batch Normalization](https://arxiv.org/abs/1502.03167) |',
    ].join('\n');
    expect(added(table, REPO)).toEqual(['| | [trl](https://github.com/huggingface/trl) |']);
  });
});

describe('a new entry takes its place in the section’s order', () => {
  const NEWEST = [
    '- [2023/10] **Agents Survey.** [[paper](https://arxiv.org/abs/2310.00001)]',
    '- [2019/03] **Robot Manipulation.** [[paper](https://arxiv.org/abs/1903.00002)]',
    '- [2005/01] **Embodied Cognition.** [[paper](https://example.org/babies.pdf)]',
  ].join('\n');

  it('newest first by the dates the entries show', () => {
    const lines = after(NEWEST, PUBLISHED_PAPER, REPO).split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '- [2023/10] **Agents Survey.** [[paper](https://arxiv.org/abs/2310.00001)]',
      '- [2019/03] **Robot Manipulation.** [[paper](https://arxiv.org/abs/1903.00002)]',
      '- [2017/06] **Attention Is All You Need.** [[paper](https://arxiv.org/abs/1706.03762)]',
      '- [2005/01] **Embodied Cognition.** [[paper](https://example.org/babies.pdf)]',
      // Undated: at the end.
      '- **trl.** [[code](https://github.com/huggingface/trl)]',
    ]);
  });

  it('oldest first by year, after the entries of the same year', () => {
    const list = [
      '* 2016-ICLR - A. [[Paper]](https://arxiv.org/abs/1511.00001)',
      '* 2017-CVPR - B. [[Paper]](https://arxiv.org/abs/1611.00002)',
      '* 2017-ICCV - C. [[Paper]](https://arxiv.org/abs/1703.00003)',
      '* 2019-ICML - D. [[Paper]](https://arxiv.org/abs/1901.00004)',
    ].join('\n');
    const lines = after(list, PUBLISHED_PAPER).split('\n');
    expect(lines[3]).toBe(
      '* 2017-NeurIPS - Attention Is All You Need. [[Paper]](https://arxiv.org/abs/1706.03762)',
    );
    expect(lines[4]).toBe('* 2019-ICML - D. [[Paper]](https://arxiv.org/abs/1901.00004)');
  });

  it('oldest first in a table by its date cells', () => {
    const table = [
      '| Date | Title |',
      '|---|---|',
      '| 16.01 | [A](https://arxiv.org/abs/1601.00001) |',
      '| 18.02 | [B](https://arxiv.org/abs/1802.00002) |',
      '| 20.03 | [C](https://arxiv.org/abs/2003.00003) |',
    ].join('\n');
    const lines = after(table, PUBLISHED_PAPER).split('\n');
    expect(lines[3]).toBe(
      '| 17.06 | [Attention Is All You Need](https://arxiv.org/abs/1706.03762) |',
    );
  });

  it('at the end when the entries run in no order', () => {
    const list = [
      '- [2019/03] **B.** [[paper](https://arxiv.org/abs/1903.00002)]',
      '- [2023/10] **A.** [[paper](https://arxiv.org/abs/2310.00001)]',
      '- [2005/01] **C.** [[paper](https://example.org/c.pdf)]',
      '- [2021/01] **D.** [[paper](https://arxiv.org/abs/2101.00002)]',
    ].join('\n');
    const lines = after(list, PUBLISHED_PAPER).split('\n');
    expect(lines[4]).toBe(
      '- [2017/06] **Attention Is All You Need.** [[paper](https://arxiv.org/abs/1706.03762)]',
    );
  });
});

describe('a new dated topic among dated headings', () => {
  it('goes where its month keeps their order', () => {
    const text = [
      '#### 2018-02',
      '',
      '- A [[arXiv](https://arxiv.org/abs/1802.00001)]',
      '',
      '#### 2017-12 (NIPS Edition)',
      '',
      '- B [[arXiv](https://arxiv.org/abs/1712.00002)]',
      '',
      '#### 2017-06',
      '',
      '- C [[arXiv](https://arxiv.org/abs/1706.00003)]',
      '',
    ].join('\n');
    const shelf = shelfFrom(text);
    save(shelf, '2017-08', PUBLISHED_PAPER);
    const headings = exportShelf(shelf)
      .split('\n')
      .filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '#### 2018-02',
      '#### 2017-12 (NIPS Edition)',
      '#### 2017-08',
      '#### 2017-06',
    ]);
  });
});

describe('one link per URL', () => {
  it('keeps the label that says most of it', () => {
    const list = [
      '- Deep Residual Learning [[Paper](https://openaccess.thecvf.com/resnet.pdf)] [[arXiv](https://arxiv.org/abs/1512.03385)]',
      '- Batch Normalization [[Paper](https://proceedings.mlr.press/v37/ioffe15.pdf)] [[arXiv](https://arxiv.org/abs/1502.03167)]',
    ].join('\n');
    expect(added(list, PUBLISHED_PAPER)).toEqual([
      '- Attention Is All You Need [[arXiv](https://arxiv.org/abs/1706.03762)]',
    ]);
  });
});

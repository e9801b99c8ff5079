/**
 * A venue is a segment of its own (learn/venue-segment.ts): `Medical Physics, 2022` on its
 * own line is a venue, the last words of `…: An Empirical Study, 2011` are the title's.
 */
import { describe, expect, it } from 'vitest';
import { importList } from '../../../lib/markdown/index';
import { learnParts } from '../../../lib/markdown/learn/build';
import { eachNode } from '../../../lib/markdown/learn/nodes';
import { addedLines, exportShelf, save, shelfFrom } from './helpers';
import { PUBLISHED_PAPER } from './lists-helpers';

function venues(parts: string[]): string[] {
  const names: string[] = [];
  for (const nodes of learnParts(parts, () => false).parts)
    eachNode(nodes, (node) => {
      if (node.k === 'venue') names.push(node.name);
    });
  return names;
}

describe('a venue in running text', () => {
  it('is the whole segment its delimiters set off', () => {
    expect(
      venues([
        '**A Title**',
        '*C. Ma et al.*',
        'Medical Physics, 2022. [[doi](https://doi.org/10.1002/mp.1)]',
      ]),
    ).toEqual(['Medical Physics']);
    expect(
      venues([
        '[Dropout, Univ. Toronto, Journal of ML Research 2014](https://jmlr.org/papers/v15/a.html)',
      ]),
    ).toEqual(['Journal of ML Research']);
    expect(
      venues([
        '(*IEEE Intelligent Systems 2023*) A Title [[paper](https://arxiv.org/abs/2310.00001)]',
      ]),
    ).toEqual(['IEEE Intelligent Systems']);
    expect(
      venues(['[A Title](https://arxiv.org/abs/2012.09688) <kbd>ITSC 2020 oral</kbd>']),
    ).toEqual(['ITSC']);
  });

  it('is never the last words of a title that run into the year', () => {
    expect(
      venues([
        '[Popular Ensemble Methods: An Empirical Study, 2011 ](https://arxiv.org/abs/1106.0257)',
      ]),
    ).toEqual([]);
    expect(
      venues([
        'The IBM 2016 English Speech Recognition System [[arXiv](https://arxiv.org/abs/1604.08242)]',
      ]),
    ).toEqual([]);
    expect(
      venues([
        'Popular Ensemble Methods: An Empirical Study, 2011 [[paper](https://arxiv.org/abs/1106.0257)]',
      ]),
    ).toEqual([]);
  });

  it('a known venue name is a venue wherever it stands', () => {
    expect(venues(['A Title CVPR 2024 [[paper](https://arxiv.org/abs/2401.00001)]'])).toEqual([
      'CVPR',
    ]);
  });
});

describe('a list whose titles end in `, YEAR`', () => {
  const text = [
    '# Reading list',
    '',
    '## Papers',
    '',
    '- Popular Ensemble Methods: An Empirical Study, 2011 [[paper](https://arxiv.org/abs/1106.0257)]',
    '- Cyclical Learning Rates: A Survey, 2017 [[paper](https://arxiv.org/abs/1506.01186)]',
    '',
  ].join('\n');

  it('takes a new entry with no venue where the title’s last words were', () => {
    const shelf = shelfFrom(text);
    save(shelf, 'Papers', PUBLISHED_PAPER);
    expect(addedLines(text, exportShelf(shelf))).toEqual([
      '- Attention Is All You Need [[paper](https://arxiv.org/abs/1706.03762)]',
    ]);
  });
});

describe('a title that reads whole as a venue and its year', () => {
  it('is still the title: the first line names the work', () => {
    const text =
      '## Papers\n\n- Deep Residual Study, 2016 [[paper](https://arxiv.org/abs/1512.03385)]\n';
    expect(importList(text).entries.map((entry) => entry.capture.title)).toEqual([
      'Deep Residual Study',
    ]);
  });
});

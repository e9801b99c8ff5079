import { describe, expect, it } from 'vitest';
import { itemMetaLine } from '../../lib/item-line';
import type { Capture } from '../../lib/types';

describe("a library row's metadata line", () => {
  it('names the paper, its first authors, its year and its venue, as the popup does', () => {
    const paper: Capture = {
      key: 'arxiv:1706.03762',
      kind: 'paper',
      url: 'https://arxiv.org/abs/1706.03762',
      title: 'Attention Is All You Need',
      authors: ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar', 'Jakob Uszkoreit'],
      arxiv: { id: '1706.03762', version: 5, published: '2017-06-12' },
      venue: { name: 'NeurIPS', type: 'conference', year: 2017, source: 'semantic-scholar' },
    };
    expect(itemMetaLine(paper)).toBe(
      'arXiv:1706.03762v5 · Ashish Vaswani, Noam Shazeer, Niki Parmar and 1 more · 2017 · NeurIPS',
    );
  });

  it('gives a DOI paper its host, year and venue, and a search result its topics', () => {
    const paper: Capture = {
      key: 'doi:10.1145/3368089.3409743',
      kind: 'paper',
      url: 'https://doi.org/10.1145/3368089.3409743',
      title: 'Finding Flaky Tests',
      published: '2020-11-08',
      venue: { name: 'ESEC/FSE', year: 2020 },
    };
    expect(itemMetaLine(paper, 'Testing / Flaky')).toBe(
      'doi.org · 2020 · ESEC/FSE · Testing / Flaky',
    );
  });

  it('says only what it knows', () => {
    expect(itemMetaLine({ key: 'k', kind: 'page', url: '', title: 'T' })).toBe('no link');
  });
});

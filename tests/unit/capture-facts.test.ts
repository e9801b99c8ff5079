import { describe, expect, it } from 'vitest';
import { captureFacts } from '../../lib/capture-facts';
import type { Capture } from '../../lib/types';

const base = { key: 'k', url: 'https://x.org', title: 'T' };

describe('the facts shown at a glance', () => {
  it('gives a paper its year, venue and subject', () => {
    const paper: Capture = {
      ...base,
      kind: 'paper',
      arxiv: { id: '2106.09608', published: '2021-06-17', primaryCategory: 'cs.CL' },
      venue: { name: 'NAACL', year: 2022 },
    };
    // The venue's own year beside it when the paper appeared (on arXiv) a year before.
    expect(captureFacts(paper)).toEqual(['2021', 'NAACL 2022', 'cs.CL']);
    expect(captureFacts({ ...paper, venue: { name: 'NAACL', year: 2021 } })).toEqual([
      '2021',
      'NAACL',
      'cs.CL',
    ]);
    expect(captureFacts({ ...paper, venue: { name: 'NAACL 2022', year: 2022 } })[1]).toBe(
      'NAACL 2022',
    );
    expect(captureFacts({ ...base, kind: 'paper', venue: { name: 'ACL', year: 2020 } })).toEqual([
      '2020',
      'ACL',
    ]);
  });

  it('gives a repository its stars, language and licence, and a model its likes, task and licence', () => {
    const repo: Capture = {
      ...base,
      kind: 'repo',
      repo: { owner: 'a', name: 'b', stars: 12_345, language: 'Python', license: 'MIT' },
    };
    expect(captureFacts(repo)).toEqual(['★ 12.3k', 'Python', 'MIT']);
    const model: Capture = {
      ...base,
      kind: 'model',
      hub: {
        type: 'model',
        id: 'o/m',
        owner: 'o',
        likes: 7,
        pipelineTag: 'text-generation',
        license: 'apache-2.0',
      },
    };
    expect(captureFacts(model)).toEqual(['♥ 7', 'text-generation', 'apache-2.0']);
  });

  it('lists nothing it does not know', () => {
    expect(captureFacts({ ...base, kind: 'page' })).toEqual([]);
    expect(captureFacts({ ...base, kind: 'paper', published: 'unknown' })).toEqual([]);
  });
});

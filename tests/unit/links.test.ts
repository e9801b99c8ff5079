import { describe, expect, it } from 'vitest';
import { linkKeys } from '../../lib/collection/links';

describe('linkKeys', () => {
  it("turns a paper's code URLs into repo keys", () => {
    expect(
      linkKeys({
        key: 'arxiv:2106.09608',
        codeUrls: [
          'https://github.com/rajammanabrolu/WorldGeneration',
          'https://github.com/RajAmmanabrolu/WorldGeneration/tree/main',
          'https://example.org/not-code',
        ],
      }),
    ).toEqual(['github:rajammanabrolu/worldgeneration']);
  });

  it("turns a model's cited arXiv ids into paper keys and keeps a page's repo", () => {
    expect(linkKeys({ key: 'hf:model:a/b', paperIds: ['1910.09700', '2106.09685'] })).toEqual([
      'arxiv:1910.09700',
      'arxiv:2106.09685',
    ]);
    expect(
      linkKeys({ key: 'url:https://github.com/a/b/issues/1', contextKey: 'github:a/b' }),
    ).toEqual(['github:a/b']);
  });

  it('never links a work to itself', () => {
    expect(linkKeys({ key: 'arxiv:1', paperIds: ['1'] })).toEqual([]);
  });
});

/**
 * Issue 11 point 4, loose lists and sub-bullets: entries nested under topic bullets
 * (`- Vision` / `    + [Title](…)`) are spaced as the nested entries are, not as the outer
 * bullets: a blank line between two new nested entries would make their sub-list loose.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, exportShelf, REPO, save, shelfFrom } from './helpers';
import { PUBLISHED_PAPER } from './lists-helpers';

const TEXT = [
  '# List',
  '',
  '## Papers',
  '',
  '- Vision',
  '    + [One Eye](https://arxiv.org/abs/2301.00001) | Ada Lovelace, Alan Turing',
  '    + [Two Eyes](https://arxiv.org/abs/2302.00002) | Alan Turing, Grace Hopper',
  '',
  '- Language',
  '    + [Three Words](https://arxiv.org/abs/2303.00003) | Grace Hopper, Yann LeCun',
  '    + [Four Words](https://arxiv.org/abs/2304.00004) | Yann LeCun, Fei-Fei Li',
  '',
].join('\n');

describe('entries nested under topic bullets', () => {
  it('are written as tight as their nested neighbours, whatever the outer list does', () => {
    const shelf = shelfFrom(TEXT);
    save(
      shelf,
      'Papers',
      { ...PUBLISHED_PAPER, authors: ['Ashish Vaswani', 'Noam Shazeer'] },
      REPO,
    );
    expect(addedLines(TEXT, exportShelf(shelf))).toEqual([
      '    + [Attention Is All You Need](https://arxiv.org/abs/1706.03762) | Ashish Vaswani, Noam Shazeer',
      '    + [trl](https://github.com/huggingface/trl)',
    ]);
  });
});

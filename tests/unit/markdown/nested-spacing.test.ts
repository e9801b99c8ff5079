/**
 * Issue 11 point 4, loose lists and sub-bullets: entries nested under topic bullets
 * (`- Vision` / `    + [Title](…)`). A work saved into the section joins the section's own
 * list after the topic bullets (label-bullets.test.ts), so it is spaced as that outer list
 * is; it no longer goes into the last bullet's sub-list, whose spacing (learn/spacing.ts)
 * still rules entries written at a nested level.
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
  it('take new entries at the outer list’s level, spaced as the outer list is', () => {
    const shelf = shelfFrom(TEXT);
    save(
      shelf,
      'Papers',
      { ...PUBLISHED_PAPER, authors: ['Ashish Vaswani', 'Noam Shazeer'] },
      REPO,
    );
    expect(addedLines(TEXT, exportShelf(shelf))).toEqual([
      '- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) | Ashish Vaswani, Noam Shazeer',
      '',
      '- [trl](https://github.com/huggingface/trl)',
      '',
    ]);
  });
});

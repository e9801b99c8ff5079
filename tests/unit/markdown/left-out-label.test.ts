/**
 * Issue 11 point 1, an optional part the item lacks leaves cleanly: a label that announces a
 * value (`**Use:**`, `Code:`) leaves with the value when the item has none.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, exportShelf, save, shelfFrom } from './helpers';
import { PUBLISHED_PAPER } from './lists-helpers';

/** The lines `paper` adds to the `Papers` section of `body`. */
function added(body: string[], paper = PUBLISHED_PAPER): string[] {
  const text = `# List\n\n## Papers\n\n${body.join('\n')}\n\n## Other\n\nProse.\n`;
  const shelf = shelfFrom(text);
  save(shelf, 'Papers', paper);
  const lines = addedLines(text, exportShelf(shelf));
  expect(lines).not.toBeNull();
  return lines ?? [];
}

describe('a label leaves with the value it announced', () => {
  it('drops `**Use:**` when the note after it is left out', () => {
    const list = [
      '- [Robots in Fields](https://arxiv.org/abs/2301.00001) **Use:** Robot localization',
      '- [Synthetic Leaves](https://arxiv.org/abs/2302.00002) **Use:** Data augmentation',
      '- [Blight Finder](https://arxiv.org/abs/2303.00003) **Use:** Disease detection',
    ];
    expect(added(list)).toEqual([
      '- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)',
    ]);
  });

  it('drops `Code:` when the item has no code, keeping the link before it', () => {
    const list = [1, 2, 3].map(
      (n) =>
        `- **Paper ${'ABC'[n - 1]}** [arXiv](https://arxiv.org/abs/230${n}.0000${n}) Code: [repo](https://github.com/lab/p${n})`,
    );
    expect(added(list, { ...PUBLISHED_PAPER, codeUrls: [] })).toEqual([
      '- **Attention Is All You Need** [arXiv](https://arxiv.org/abs/1706.03762)',
    ]);
  });
});

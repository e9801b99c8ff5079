/**
 * Issue 11 point 1, notes are not copied: words several neighbours share are template text
 * only where the others do not hold other words in their place. A note a few entries happen
 * to share (`**Use:** Robot localization` beside `**Use:** Data augmentation`) is a value,
 * so a new entry leaves it out, and the label that announced it goes with it.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, exportShelf, save, shelfFrom } from './helpers';
import { PUBLISHED_PAPER } from './lists-helpers';

/** The lines a saved paper adds to the `Papers` section of `body`. */
function added(body: string[]): string[] {
  const text = `# List\n\n## Papers\n\n${body.join('\n')}\n\n## Other\n\nProse.\n`;
  const shelf = shelfFrom(text);
  save(shelf, 'Papers', PUBLISHED_PAPER);
  const lines = addedLines(text, exportShelf(shelf));
  expect(lines).not.toBeNull();
  return lines ?? [];
}

const entry = (n: number, title: string, note: string) =>
  `- [${title}](https://arxiv.org/abs/230${n}.0000${n}) **Use:** ${note}`;

describe('a note several neighbours share is a value, never template text', () => {
  it('leaves out a note three entries of five share, where the others hold other notes', () => {
    const list = [
      entry(1, 'Robots in Fields', 'Robot localization'),
      entry(2, 'Synthetic Leaves', 'Data augmentation'),
      entry(3, 'Mapping Orchards', 'Robot localization'),
      entry(4, 'Blight Finder', 'Disease detection'),
      entry(5, 'Row Following', 'Robot localization'),
    ];
    expect(added(list)).toEqual([
      '- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)',
    ]);
  });

  it('keeps words every entry has in that place (a label, a fixed suffix)', () => {
    const list = [1, 2, 3].map(
      (n) => `- [Paper ${'ABC'[n - 1]}](https://arxiv.org/abs/230${n}.0000${n}) (read in class)`,
    );
    expect(added(list)).toEqual([
      '- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) (read in class)',
    ]);
  });
});

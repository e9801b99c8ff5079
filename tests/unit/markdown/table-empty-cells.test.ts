/**
 * Issue 11 point 3, cells shaped like the neighbours' cells: in a table that does not pad
 * its columns, a cell the new row leaves empty is written as the table writes its empty
 * cells (else as its cells are padded), never `||` because the row it was modelled on
 * wrote that cell without a leading space.
 */
import { describe, expect, it } from 'vitest';
import type { Capture } from '../../../lib/types';
import { addedLines, exportShelf, save, shelfFrom } from './helpers';

const PAGE: Capture = {
  key: 'url:https://example.org/notes',
  kind: 'page',
  url: 'https://example.org/notes',
  title: 'Some notes',
};

/** The lines a saved page adds to the table in the `Papers` section. */
function added(table: string): string[] {
  const text = `# List\n\n## Papers\n\n${table}\n\n## Other\n\nProse.\n`;
  const shelf = shelfFrom(text);
  save(shelf, 'Papers', PAGE);
  const lines = addedLines(text, exportShelf(shelf));
  expect(lines).not.toBeNull();
  return lines ?? [];
}

describe('an empty cell of a new row is written as the table writes empty cells', () => {
  it('as the neighbours write their empty cells', () => {
    const table = [
      '| Title | Code |',
      '|---|---|',
      '| [Adam](https://arxiv.org/abs/1412.6980) | |',
      '| [Deep Residual Learning](https://arxiv.org/abs/1512.03385) |[code](https://github.com/a/resnet)|',
    ].join('\n');
    expect(added(table)).toEqual(['| [Some notes](https://example.org/notes) | |']);
  });

  it('as the table pads its cells when no cell is empty', () => {
    const table = [
      '| Title | Venue | Code |',
      '|---|---|---|',
      '| [Adam](https://arxiv.org/abs/1412.6980) | ICLR 2015 | [code](https://github.com/a/adam) |',
      '| [Deep Residual Learning](https://arxiv.org/abs/1512.03385) | CVPR 2016 |[code](https://github.com/a/resnet)|',
    ].join('\n');
    expect(added(table)).toEqual(['| [Some notes](https://example.org/notes) | | |']);
  });

  it('keeps `||` where the table writes its cells without spaces', () => {
    const table = [
      '|Title|Code|',
      '|---|---|',
      '|[Adam](https://arxiv.org/abs/1412.6980)|[code](https://github.com/a/adam)|',
      '|[Deep Residual Learning](https://arxiv.org/abs/1512.03385)|[code](https://github.com/a/resnet)|',
    ].join('\n');
    expect(added(table)).toEqual(['|[Some notes](https://example.org/notes)||']);
  });
});

/**
 * Where a new topic's heading goes (issue 11, point 7): before trailing matter, in year
 * order among year headings.
 */
import { describe, expect, it } from 'vitest';
import { exportShelf, REPO, save, shelfFrom } from './helpers';

const PAPER = '- [Paper](https://arxiv.org/abs/1706.03762)';

/** The headings of the export after saving REPO into `topics`. */
function headingsAfter(text: string, ...topics: string[]): string[] {
  const shelf = shelfFrom(text);
  for (const topic of topics) save(shelf, topic, REPO);
  return exportShelf(shelf)
    .split('\n')
    .filter((line) => line.startsWith('#'));
}

describe('a new topic among its siblings', () => {
  it('keeps the year order of headings that end with trailing matter', () => {
    const text = ['# L', '## 2019', PAPER, '## 2021', PAPER, '## License', 'MIT', ''].join('\n');
    expect(headingsAfter(text, '2020')).toEqual([
      '# L',
      '## 2019',
      '## 2020',
      '## 2021',
      '## License',
    ]);
  });

  it('above the heading that opens the file: no blank line before it, one after', () => {
    const text = ['## 2019', '', PAPER, '', '## 2020', '', PAPER, ''].join('\n');
    const shelf = shelfFrom(text);
    save(shelf, '2018', REPO);
    expect(exportShelf(shelf)).toMatch(/^## 2018\n\n- \[trl\]\(.*\)\n\n## 2019\n/);
  });

  it('goes before trailing matter whose heading is numbered', () => {
    const text = ['# L', '## 1. Vision', PAPER, '## 2. License', 'MIT', ''].join('\n');
    expect(headingsAfter(text, 'Audio')).toEqual([
      '# L',
      '## 1. Vision',
      '## Audio',
      '## 2. License',
    ]);
  });
});

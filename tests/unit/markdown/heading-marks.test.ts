/**
 * Lines that mark the heading under them (`<a name="x"></a>`, `<a id="x"></a>`,
 * `<div id="x"></div>`, an HTML comment) belong to that heading: a new topic inserted before
 * the heading goes above them, never between them and their heading.
 */
import { describe, expect, it } from 'vitest';
import type { Capture } from '../../../lib/types';
import { exportShelf, save, shelfFrom } from './helpers';

const PAPER: Capture = {
  key: 'arxiv:1706.03762',
  kind: 'paper',
  url: 'https://arxiv.org/abs/1706.03762',
  title: 'Attention Is All You Need',
  arxiv: { id: '1706.03762' },
};

function listWith(mark: string[]): string {
  return [
    '# Papers',
    '',
    '## Vision',
    '',
    '### Detection',
    '',
    '- [Deep Residual Learning](https://arxiv.org/abs/1512.03385)',
    '',
    ...mark,
    '## Language',
    '',
    '- [BERT](https://arxiv.org/abs/1810.04805)',
    '',
  ].join('\n');
}

const MARKS: [string, string[]][] = [
  ['a named anchor', ['<a name="language"></a>', '']],
  ['an id anchor right above', ['<a id="language"></a>']],
  ['a div with an id', ['<div id="language"></div>', '', '']],
  ['a comment and an anchor', ['<!-- languages -->', '<a name="language"></a>', '']],
];

describe('a new topic before a heading with marks above it', () => {
  for (const [what, mark] of MARKS)
    it(`goes above ${what}`, () => {
      const text = listWith(mark);
      const shelf = shelfFrom(text);
      save(shelf, 'Vision / Saved', PAPER);
      const out = exportShelf(shelf).split('\n');
      const saved = out.indexOf('### Saved');
      const first = out.indexOf(mark[0] as string);
      expect(saved).toBeGreaterThan(out.indexOf('### Detection'));
      expect(saved, out.join('\n')).toBeLessThan(first);
      // The marks stay directly above their heading, as written.
      const heading = out.indexOf('## Language');
      expect(out.slice(first, heading)).toEqual(mark);
      expect(out.slice(saved, first).join('\n')).toContain(PAPER.url);
    });

  it('leaves a line that says something (not a mark) where it was', () => {
    const text = listWith(['<p>Also see the survey.</p>', '']);
    const shelf = shelfFrom(text);
    save(shelf, 'Vision / Saved', PAPER);
    const out = exportShelf(shelf).split('\n');
    expect(out.indexOf('### Saved')).toBeGreaterThan(out.indexOf('<p>Also see the survey.</p>'));
  });
});

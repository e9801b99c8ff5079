/**
 * Numbers in a table of contents after topics come and go (issue 11, point 6): a numbered
 * TOC whose numbers run one after another is numbered again in its new order; one numbered
 * `1.` throughout stays so; numbers its headings share, or that skip, are left as written.
 */
import { describe, expect, it } from 'vitest';
import { type NumberSlot, renumber } from '../../../lib/markdown/toc-numbers';
import { deleteTopic, exportShelf, REPO, save, shelfFrom } from './helpers';

const PAPER = '- [Paper](https://arxiv.org/abs/1706.03762)';

function slot(level: number, parts: number[] | null, more: Partial<NumberSlot> = {}): NumberSlot {
  return { level, parts, fresh: false, removed: false, fixed: false, ...more };
}

describe('renumber', () => {
  it('numbers a group again when its numbers ran one after another', () => {
    const slots = [slot(0, [1]), slot(0, null, { fresh: true }), slot(0, [2]), slot(0, [3])];
    expect([...renumber(slots)]).toEqual([
      [1, [2]],
      [2, [3]],
      [3, [4]],
    ]);
  });

  it('carries a new number into the children that show their parent’s', () => {
    const slots = [
      slot(0, [1]),
      slot(0, [2], { removed: true }),
      slot(0, [3]),
      slot(1, [3, 1]),
      slot(1, [3, 2]),
    ];
    expect([...renumber(slots)]).toEqual([
      [2, [2]],
      [3, [2, 1]],
      [4, [2, 2]],
    ]);
  });

  it('gives a new line the number a `1.`-throughout group shows, and keeps other orders', () => {
    const same = [slot(0, [1]), slot(0, [1]), slot(0, [2], { fresh: true })];
    expect([...renumber(same)]).toEqual([[2, [1]]]);
    const gaps = [slot(0, [1]), slot(0, [5]), slot(0, null, { fresh: true }), slot(0, [9])];
    expect([...renumber(gaps)]).toEqual([[2, [6]]]);
  });

  it('leaves numbers the headings show too, and groups nothing changed in', () => {
    const fixed = [slot(0, [1], { fixed: true }), slot(0, null, { fresh: true })];
    expect(renumber(fixed).size).toBe(0);
    expect(renumber([slot(0, [1]), slot(0, [3])]).size).toBe(0);
  });
});

/** The export after deleting `paths` and saving REPO into `topics`. */
function edited(text: string, paths: string[], topics: string[] = []): string {
  const shelf = shelfFrom(text);
  expect(exportShelf(shelf)).toBe(text);
  for (const path of paths) deleteTopic(shelf, path);
  for (const topic of topics) save(shelf, topic, REPO);
  return exportShelf(shelf);
}

const YEARS = [
  '# L',
  '',
  '1. [2019](#2019)',
  '2. [2021](#2021)',
  '3. [License](#license)',
  '',
  '## 2019',
  PAPER,
  '## 2021',
  PAPER.replace('1706.03762', '2101.00001'),
  '## License',
  'MIT',
  '',
].join('\n');

describe('a numbered Markdown TOC', () => {
  it('numbers the lines after a new one again', () => {
    expect(edited(YEARS, [], ['2020'])).toContain(
      '1. [2019](#2019)\n2. [2020](#2020)\n3. [2021](#2021)\n4. [License](#license)\n',
    );
  });

  it('two new topics in one export are numbered one after the other', () => {
    expect(edited(YEARS, [], ['2020', '2022'])).toContain(
      '1. [2019](#2019)\n2. [2020](#2020)\n3. [2021](#2021)\n4. [2022](#2022)\n5. [License](#license)\n',
    );
  });

  it('closes up after a deleted topic’s line', () => {
    expect(edited(YEARS, ['2021'])).toContain('1. [2019](#2019)\n2. [License](#license)\n');
  });

  it('numbered `1.` throughout stays so', () => {
    const ones = YEARS.replace(/^\d\./gm, '1.');
    expect(edited(ones, [], ['2020'])).toContain(
      '1. [2019](#2019)\n1. [2020](#2020)\n1. [2021](#2021)\n1. [License](#license)\n',
    );
  });

  it('numbers in the link text are the TOC’s own: renumbered, and given to a new line', () => {
    const text = [
      '# L',
      '',
      '- [1. Vision](#vision)',
      '  - [1.1 Detection](#detection)',
      '- [2. License](#license)',
      '',
      '## Vision',
      '### Detection',
      PAPER,
      '## License',
      '',
    ].join('\n');
    expect(edited(text, [], ['Audio'])).toContain(
      '  - [1.1 Detection](#detection)\n- [2. Audio](#audio)\n- [3. License](#license)\n',
    );
    expect(edited(text, [], ['Vision / Tracking'])).toContain(
      '  - [1.1 Detection](#detection)\n  - [1.2 Tracking](#tracking)\n',
    );
  });

  it('numbers the headings show too are left alone', () => {
    const text = [
      '# L',
      '',
      '- [1. Vision](#1-vision)',
      '- [2. License](#2-license)',
      '',
      '## 1. Vision',
      PAPER,
      '## 2. License',
      '',
    ].join('\n');
    const out = edited(text, [], ['Audio']);
    expect(out).toContain(
      '- [1. Vision](#1-vision)\n- [Audio](#audio)\n- [2. License](#2-license)\n',
    );
  });
});

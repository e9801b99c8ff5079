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

/** Nine years numbered 1–9; 2023 has a sub-topic (and one below it) indented by `indent`. */
function nineYears(indent: string): string {
  const years = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023];
  const sub = indent.length + 2;
  return [
    '# L',
    '',
    ...years.map((year, i) => `${i + 1}. [${year}](#${year})`),
    `${indent}- [Detection](#detection)`,
    `${' '.repeat(sub)}- [Small objects](#small-objects)`,
    '',
    ...years.flatMap((year) => [`## ${year}`, PAPER.replace('1706', String(year).slice(2))]),
    '### Detection',
    '#### Small objects',
    PAPER,
    '',
  ].join('\n');
}

describe('a numbered Markdown TOC whose numbers gain a digit', () => {
  it('indents the children of `10.` so they stay nested (CommonMark: past the marker)', () => {
    const text = nineYears('   ');
    const out = edited(text, [], ['2014']);
    expect(out).toContain(
      [
        '1. [2014](#2014)',
        '2. [2015](#2015)',
        '9. [2022](#2022)',
        '10. [2023](#2023)',
        '    - [Detection](#detection)',
        '      - [Small objects](#small-objects)',
        '',
      ]
        .join('\n')
        .replace(
          '2. [2015](#2015)\n',
          '2. [2015](#2015)\n3. [2016](#2016)\n4. [2017](#2017)\n5. [2018](#2018)\n6. [2019](#2019)\n7. [2020](#2020)\n8. [2021](#2021)\n',
        ),
    );
  });

  it('leaves children alone that are indented far enough already', () => {
    const text = nineYears('    ');
    const out = edited(text, [], ['2014']);
    expect(out).toContain(
      '10. [2023](#2023)\n    - [Detection](#detection)\n      - [Small objects](#small-objects)\n',
    );
  });

  it('gives a new `10.` line’s new children the indentation they need', () => {
    const out = edited(nineYears('   '), [], ['2024 / Speech']);
    // Four spaces, and the `- ` the other children of numbered lines have.
    expect(out).toContain('10. [2024](#2024)\n    - [Speech](#speech)\n');
  });
});

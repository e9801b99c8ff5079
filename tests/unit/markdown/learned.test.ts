/**
 * Learned entry patterns (FORMATS.md §6), on generated lists: sections written in many
 * shapes none of the named styles write (dates, venues, wrapped titles, link groups, author
 * lines, badges, tables, sub-lines, checkboxes, all-`1.` numbering) take a saved item in
 * their own shape, and the export reads back with the item's URL and title. Also: sections
 * with one entry, no entry, or entries with nothing in common lose nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportNotices, importList } from '../../../lib/markdown/index';
import type { Capture } from '../../../lib/types';
import { addedLines, exportShelf, save, shelfFrom } from './helpers';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261129) });

const titleWord = fc.constantFrom(
  'Attention',
  'Sparse',
  'Graph',
  'Models',
  'Learning',
  'of',
  'for',
  'Diffusion',
  'LoRA:',
  'Low-Rank',
  'Adaptation',
  "Agents'",
  'Reasoning?',
  'Über',
  'Vision-Language',
  'x_y',
  '*bold*',
  '[brackets]',
);
const title = fc
  .array(titleWord, { minLength: 2, maxLength: 7 })
  .map((words) => words.join(' '))
  .filter((text) => /[A-Za-z]{3}/.test(text));
const arxivId = fc
  .tuple(
    fc.integer({ min: 15, max: 24 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 19999 }),
  )
  .map(([y, m, n]) => `${y}${String(m).padStart(2, '0')}.${String(n).padStart(5, '0')}`);
const person = fc.constantFrom(
  'Ada Lovelace',
  'Alan Turing',
  'Grace Hopper',
  'Yann LeCun',
  'Fei-Fei Li',
);
const venue = fc.constantFrom('ICLR', 'NeurIPS', 'CVPR', 'ACL', 'ICML');

interface Work {
  title: string;
  id: string;
  authors: string[];
  venue: string;
  year: number;
  repo: string;
}

const work: fc.Arbitrary<Work> = fc.record({
  title,
  id: arxivId,
  authors: fc.array(person, { minLength: 2, maxLength: 4 }),
  venue,
  year: fc.integer({ min: 2015, max: 2024 }),
  repo: fc.stringMatching(/^[a-z][a-z0-9-]{2,10}$/),
});

const esc = (text: string) => text.replace(/([\\[\]*_`])/g, '\\$1');

/** Entry shapes as lists write them; each turns a work into its lines. */
const SHAPES: Record<string, (w: Work, n: number) => string[]> = {
  datedBold: (w) => [
    `- [${2000 + Number(w.id.slice(0, 2))}/${w.id.slice(2, 4)}] **${esc(w.title)}.** *${w.authors[0]} et al. arXiv.* [[paper](https://arxiv.org/abs/${w.id})] [[code](https://github.com/lab/${w.repo})]`,
  ],
  venuePrefixed: (w) => [
    `- (*${w.venue}'${String(w.year).slice(2)}*) ${esc(w.title)} [[paper](https://arxiv.org/abs/${w.id})][[code](https://github.com/lab/${w.repo})]![GitHub Repo stars](https://img.shields.io/github/stars/lab/${w.repo}?style=social)`,
  ],
  yearVenueStar: (w) => [
    `* ${w.year}-${w.venue} - ${esc(w.title)}. [[Paper]](https://arxiv.org/abs/${w.id}) [[Code]](https://github.com/lab/${w.repo})`,
  ],
  numberedAuthorLine: (w) => [
    `1. **${esc(w.title)}.** ${w.venue} ${w.year}. [paper](https://arxiv.org/pdf/${w.id}.pdf)`,
    '',
    `    *${w.authors.join(', ')}.*`,
  ],
  linkThenAuthors: (w) => [
    `- [${esc(w.title)}](https://arxiv.org/abs/${w.id}) | ${w.authors.join(', ')}`,
  ],
  linkKbd: (w) => [
    `- [${esc(w.title)}](https://arxiv.org/abs/${w.id}) <kbd>${w.venue} ${w.year}</kbd>`,
  ],
  checkbox: (w) => [`- [ ] [${esc(w.title)}](https://arxiv.org/abs/${w.id})`],
  boldLink: (w) => [
    `- [**${esc(w.title)}**](https://arxiv.org/abs/${w.id}) - ${w.authors[0]} et al., ${w.venue} ${w.year}`,
  ],
  subBullets: (w) => [
    `- ${esc(w.title)} [[arXiv]](https://arxiv.org/abs/${w.id})`,
    `  - *${w.authors.join(', ')}*`,
  ],
  backslash: (w) => [
    `1. **${esc(w.title)}** \\`,
    `*${w.authors[0]} et al.* \\`,
    `${w.venue}, ${w.year}. [[doi](https://arxiv.org/abs/${w.id})]`,
  ],
};

const TABLE = (works: Work[]) => [
  '| Year | Venue | Paper | Links |',
  '|:----:|:------|:------|:------|',
  ...works.map(
    (w) =>
      `| ${w.year} | ${w.venue} | ${esc(w.title).replace(/\|/g, '\\|')} | [[Paper](https://arxiv.org/abs/${w.id})] [[Code](https://github.com/lab/${w.repo})] |`,
  ),
];

function capture(w: Work): Capture {
  return {
    key: `arxiv:${w.id}`,
    kind: 'paper',
    url: `https://arxiv.org/abs/${w.id}`,
    title: w.title,
    authors: w.authors,
    arxiv: { id: w.id },
    venue: { name: w.venue, year: w.year },
    codeUrls: [`https://github.com/new/${w.repo}`],
  };
}

function listOf(body: string[], loose: boolean): string {
  const lines = ['# Reading list', '', '## Papers', ''];
  lines.push(
    ...body.flatMap((line, i) =>
      loose && i > 0 && !line.startsWith(' ') && line !== '' ? ['', line] : [line],
    ),
  );
  lines.push('', '## Contributing', '', 'Pull requests welcome.', '');
  return lines.join('\n');
}

describe('property: learned patterns keep the saved item', () => {
  it.each(Object.keys(SHAPES))(
    '%s sections take a new entry in their shape and read it back',
    (shape) => {
      const write = SHAPES[shape] as (w: Work, n: number) => string[];
      fc.assert(
        fc.property(
          fc.array(work, { minLength: 2, maxLength: 5 }),
          work,
          fc.boolean(),
          (works, saved, loose) => {
            const ids = new Set(works.map((w) => w.id));
            fc.pre(!ids.has(saved.id) && ids.size === works.length);
            const text = listOf(
              works.flatMap((w, n) => write(w, n)),
              loose,
            );
            // The list itself comes back byte for byte.
            const shelf = shelfFrom(text);
            expect(exportShelf(shelf)).toBe(text);
            save(shelf, 'Papers', capture(saved));
            const out = exportShelf(shelf);
            const added = addedLines(text, out);
            expect(added).not.toBeNull();
            // The new entry is written in the section's shape: not a bare named-style bullet.
            expect((added ?? []).join('\n')).not.toMatch(/^- \[[^\]]*\]\([^)]*\)$/m);
            const back = importList(out).entries.find(
              (entry) => entry.capture.key === `arxiv:${saved.id}`,
            );
            expect(back?.topic).toBe('Papers');
            expect(back?.capture.url).toBe(`https://arxiv.org/abs/${saved.id}`);
            expect(back?.capture.title).toBe(saved.title);
          },
        ),
        { numRuns: Number(process.env.FC_RUNS ?? 25) },
      );
    },
  );

  it('tables take a row with the same columns and read it back', () => {
    fc.assert(
      fc.property(fc.array(work, { minLength: 1, maxLength: 5 }), work, (works, saved) => {
        fc.pre(!works.some((w) => w.id === saved.id));
        const text = listOf(TABLE(works), false);
        const shelf = shelfFrom(text);
        expect(exportShelf(shelf)).toBe(text);
        save(shelf, 'Papers', capture(saved));
        const out = exportShelf(shelf);
        const added = addedLines(text, out) ?? [];
        expect(added).toHaveLength(1);
        expect(added[0]?.split('|')).toHaveLength(6);
        expect(added[0]).toContain(`| ${saved.year} | ${saved.venue} |`);
        const back = importList(out).entries.find(
          (entry) => entry.capture.key === `arxiv:${saved.id}`,
        );
        expect(back?.capture.title).toBe(saved.title);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 25) },
    );
  });
});

const SAVED: Capture = {
  key: 'arxiv:1706.03762',
  kind: 'paper',
  url: 'https://arxiv.org/abs/1706.03762',
  title: 'Attention Is All You Need',
  authors: ['Ashish Vaswani', 'Noam Shazeer'],
  arxiv: { id: '1706.03762' },
};

describe('sections with little to learn from', () => {
  it('a one-entry section learns from its entry; values the item lacks are left out cleanly', () => {
    const text = listOf(
      [
        "- (*ICLR'24*) Some Title [[paper](https://arxiv.org/abs/2401.00001)][[code](https://github.com/a/b)]",
      ],
      false,
    );
    const shelf = shelfFrom(text);
    save(shelf, 'Papers', SAVED);
    expect(addedLines(text, exportShelf(shelf))).toEqual([
      "- (*arXiv'17*) Attention Is All You Need [[paper](https://arxiv.org/abs/1706.03762)]",
    ]);
  });

  it('an empty section learns from its siblings', () => {
    const text = [
      '# L',
      '',
      '## A',
      '',
      '- [2023/01] **One.** [[paper](https://arxiv.org/abs/2301.00001)]',
      '- [2023/02] **Two.** [[paper](https://arxiv.org/abs/2302.00002)]',
      '',
      '## B',
      '',
    ].join('\n');
    const shelf = shelfFrom(text);
    save(shelf, 'B', SAVED);
    expect(addedLines(text, exportShelf(shelf))).toEqual([
      '- [2017/06] **Attention Is All You Need.** [[paper](https://arxiv.org/abs/1706.03762)]',
    ]);
  });

  it('entries with nothing in common fall back to a named style, keep the link and say so', () => {
    const text = listOf(
      [
        "- (*ICLR'24*) One [[paper](https://arxiv.org/abs/2401.00001)]",
        '- [Two](https://arxiv.org/abs/2402.00002) <kbd>CVPR 2024</kbd>',
        '- **Three** by Ada Lovelace, Alan Turing: https://arxiv.org/abs/2403.00003 ([code](https://github.com/a/b))',
        '- 2024-05 | Four | [pdf](https://arxiv.org/pdf/2405.00004)',
      ],
      false,
    );
    const shelf = shelfFrom(text);
    save(shelf, 'Papers', SAVED);
    const out = exportShelf(shelf);
    const added = addedLines(text, out) ?? [];
    expect(added.join('\n')).toContain('https://arxiv.org/abs/1706.03762');
    expect(importList(out).entries.some((entry) => entry.capture.key === SAVED.key)).toBe(true);
    expect(exportNotices(text, out)).toEqual([
      '“Papers”: its entries share no common shape; new entries use a named style.',
    ]);
  });

  it('mixed shapes: the shape most entries share wins', () => {
    const text = listOf(
      [
        '- One [[arXiv](https://arxiv.org/abs/2401.00001)]',
        '- Two [[arXiv](https://arxiv.org/abs/2402.00002)]',
        '- Three [[arXiv](https://arxiv.org/abs/2403.00003)] [[code](https://github.com/a/b)]',
        '- [Four](https://arxiv.org/abs/2404.00004)',
      ],
      false,
    );
    const shelf = shelfFrom(text);
    save(shelf, 'Papers', SAVED);
    expect(addedLines(text, exportShelf(shelf))).toEqual([
      '- Attention Is All You Need [[arXiv](https://arxiv.org/abs/1706.03762)]',
    ]);
  });
});

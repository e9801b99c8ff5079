/**
 * Property: any list written in the supported styles (and the clutter real files carry:
 * prose, blank lines, trailing spaces, CRLF, odd markers, quotes) round-trips byte for byte,
 * and a list written from scratch reads back as the same topics and items.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportList, importList } from '../../../lib/markdown/index';
import { parseDocument } from '../../../lib/markdown/parse';
import type { Item, StyleName } from '../../../lib/types';
import {
  addedLines,
  exportShelf,
  MODEL,
  PAPER,
  REPO,
  removedLines,
  save,
  shelfFrom,
} from './helpers';

// A fixed seed keeps CI repeatable; FC_SEED=… FC_RUNS=… explore further.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261122) });

const word = fc.constantFrom(
  'LoRA',
  'quant',
  'Speculative',
  'decoding',
  '¬∑',
  'ü',
  '😀',
  '*x*',
  '_y_',
  '[z]',
  'a-b',
  '1.',
  '#',
  '`c`',
  '<b>',
);
const words = fc.array(word, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '));
const id = fc
  .tuple(fc.integer({ min: 2001, max: 2412 }), fc.integer({ min: 1, max: 19999 }))
  .map(([a, b]) => `${a}.${String(b).padStart(5, '0')}`);
const url = fc.oneof(
  id.map((arxiv) => `https://arxiv.org/abs/${arxiv}`),
  // GitHub repository names are letters, digits, `.`, `-` and `_`.
  fc.stringMatching(/^[A-Za-z0-9][\w.-]{0,12}$/).map((name) => `https://github.com/owner/${name}`),
  words.map((w) => `https://example.com/${encodeURIComponent(w)}/`),
  fc.constant('https://huggingface.co/meta-llama/Meta-Llama-3-8B'),
);
const trailing = fc.constantFrom('', '', ' ', '  ', '\t');

const entryLine = fc.oneof(
  fc.tuple(words, url, trailing).map(([t, u, s]) => `- [${t}](${u})${s}`),
  fc.tuple(words, url, words).map(([t, u, n]) => `- [${t}](${u}) - ${n}`),
  fc.tuple(fc.integer({ min: 1, max: 30 }), words, url).map(([n, t, u]) => `${n}. [${t}](${u})`),
  fc
    .tuple(fc.integer({ min: 1, max: 9 }), words, url, words)
    .map(([n, t, u, d]) => `${n}) x: [${t}](${u}): ${d}`),
  fc.tuple(fc.constantFrom(' ', 'x'), words, url).map(([c, t, u]) => `- [${c}] [${t}](${u})`),
  fc.tuple(words, words).map(([t, n]) => `- "${t}" - ${n}`),
  fc.tuple(words, words).map(([t, n]) => `* ${t} - ${n}`),
  fc
    .tuple(words, id, words)
    .map(
      ([t, i, a]) =>
        `- **${t}**, \`arXiv, ${i}\`, [arxiv](http://arxiv.org/abs/${i}v1), [pdf](http://arxiv.org/pdf/${i}v1.pdf), cication: [**-1**](None)\n\n\t *${a}*\n\t- \`${t}\``,
    ),
  fc
    .tuple(words, words)
    .map(
      ([n, d]) =>
        `- [**${n}**](https://github.com/o/${encodeURIComponent(n)}) - o ![Star](x)\n\n\t *${d}*`,
    ),
  fc.tuple(words, url).map(([t, u]) => `  - [${t}](${u})`),
  fc.tuple(words, url).map(([t, u]) => `> - [${t}](${u})`),
  fc.constant('- '),
  fc.constant('*. odd marker'),
);
const block = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.array(entryLine, { minLength: 1, maxLength: 5 }).map((lines) => lines.join('\n')),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 6 }), words, trailing)
      .map(([level, t, s]) => `${'#'.repeat(level)} ${t}${s}`),
  },
  { weight: 1, arbitrary: words },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      '---',
      '| a | b |\n|---|---|\n| 1 | 2 |',
      '<details>\n<summary>x</summary>\n</details>',
      '```\n- [x](https://e.com)\n```',
    ),
  },
);
const document = fc
  .tuple(
    fc.array(block, { minLength: 1, maxLength: 12 }),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([blocks, eol, finalNewline, frontMatter]) => {
    const body = (
      frontMatter ? ['---\ntime_modified: 2024-01-01T00:00:00Z\n---', ...blocks] : blocks
    ).join('\n\n');
    return (finalNewline ? `${body}\n` : body).replace(/\n/g, eol);
  });

describe('generated lists', () => {
  it('round-trip byte for byte through import and export', () => {
    fc.assert(
      fc.property(document, (text) => {
        expect(exportShelf(shelfFrom(text))).toBe(text);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 150) },
    );
  });

  it('take a saved work only into its topic, changing nothing else', () => {
    fc.assert(
      fc.property(
        document,
        fc.nat(),
        fc.constantFrom(PAPER, REPO, MODEL),
        (text, pick, capture) => {
          const topics = ['', ...importList(text).topics];
          const topic = topics[pick % topics.length] ?? '';
          const shelf = shelfFrom(text);
          // A work the document does not hold yet (the generated ones may hold these keys).
          const fresh = { ...capture, key: `${capture.key}-new`, url: `${capture.url}-new` };
          save(shelf, topic, fresh);
          const out = exportShelf(shelf);
          const stamp = /^time_modified: .*$/m.exec(out)?.[0];
          expect(
            addedLines(stamp ? text.replace(/^time_modified: .*$/m, stamp) : text, out),
          ).not.toBeNull();
          const again = importList(out).entries.filter(
            (entry) => entry.capture.title === fresh.title || entry.capture.url === fresh.url,
          );
          if (!fresh.arxiv) expect(again.map((entry) => entry.topic)).toContain(topic);
          expect(exportShelf(shelfFrom(out))).toBe(out);
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 100) },
    );
  });

  it('lose only the lines of a deleted work', () => {
    fc.assert(
      fc.property(document, fc.nat(), (text, pick) => {
        const shelf = shelfFrom(text);
        const items = shelf.collection.items;
        if (!items.length) return;
        const gone = items[pick % items.length];
        shelf.collection.items = items.filter((item) => item !== gone);
        const out = exportShelf(shelf);
        const stamp = /^time_modified: .*$/m.exec(out)?.[0];
        expect(
          removedLines(stamp ? text.replace(/^time_modified: .*$/m, stamp) : text, out),
        ).not.toBeNull();
        // Whether the rest still reads the same is marked's business: taking a line out can
        // change how it reads a neighbouring paragraph (`2. x` after prose), so only the
        // lines are checked here; the seeds' deletions are checked entry by entry.
        expect(out.length).toBeLessThan(text.length);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 100) },
    );
  });

  it('change only the lines of an edited work', () => {
    fc.assert(
      fc.property(
        document,
        fc.nat(),
        fc.constantFrom('Edited *title* [x]', 'plain edit'),
        (text, pick, title) => {
          const doc = parseDocument(text);
          const once = doc.entries.filter(
            (entry) =>
              doc.entries.filter((other) => other.capture.key === entry.capture.key).length === 1,
          );
          const entry = once[pick % Math.max(once.length, 1)];
          if (!entry) return;
          const shelf = shelfFrom(text);
          const item = shelf.collection.items.find(
            (candidate) => candidate.key === entry.capture.key,
          );
          if (!item) return;
          Object.assign(item, { title, note: 'a note', editedAt: shelf.now + 1 });
          const out = exportShelf(shelf);
          const stamp = /^time_modified: .*$/m.exec(out)?.[0];
          // time_modified is the one other line an edit may change.
          const before = (stamp ? text.replace(/^time_modified: .*$/m, stamp) : text).split(
            /\r\n|\n|\r/,
          );
          const after = out.split(/\r\n|\n|\r/);
          const tail = before.length - entry.end;
          expect(after.slice(0, entry.start)).toEqual(before.slice(0, entry.start));
          expect(after.slice(after.length - tail)).toEqual(before.slice(entry.end));
          expect(exportShelf(shelfFrom(out))).toBe(out);
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 100) },
    );
  });

  const STYLES: StyleName[] = ['awesome', 'numbered', 'wiki', 'obsidian', 'plain'];
  const entry = fc.record({ title: words, url, note: fc.oneof(fc.constant(''), words) });
  const topics = fc.uniqueArray(
    fc.record({
      path: fc.constantFrom('', 'A', 'A / B', 'C', 'C / D / E'),
      items: fc.array(entry, { maxLength: 4 }),
    }),
    { selector: (topic) => topic.path, maxLength: 4 },
  );

  it.each(STYLES)('written from scratch in %s: deterministic and read back the same', (style) => {
    fc.assert(
      fc.property(topics, (generated) => {
        const seen = new Set<string>();
        const input = generated.map((topic) => ({
          path: topic.path,
          items: topic.items
            .map((fields, index): Item => {
              const capture = importList(`- [x](${fields.url})`).entries[0]?.capture;
              return {
                ...(capture ?? { key: `k${index}`, kind: 'page', url: fields.url }),
                title: fields.title,
                note: fields.note,
                status: 'to-read',
                topicIds: [],
                savedAt: index,
                updatedAt: index,
              };
            })
            .filter((item) => !seen.has(item.key) && seen.add(item.key) !== undefined),
        }));
        const list = { name: 'Generated', style };
        const text = exportList({ list, topics: input });
        expect(exportList({ list, topics: input })).toBe(text);
        expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
        const imported = importList(text);
        expect(imported.title).toBe('Generated');
        for (const topic of input) {
          const titles = imported.entries
            .filter((e) => e.topic === topic.path)
            .map((e) => e.capture.title);
          // Never lose a link (issue 11): every style but wiki (which writes names, by its
          // FORMATS.md definition) gives each item's URL back.
          if (style !== 'wiki') {
            const urls = imported.entries
              .filter((e) => e.topic === topic.path)
              .map((e) => e.capture.url);
            expect(urls.sort()).toEqual(topic.items.map((item) => item.url).sort());
          }
          if (style === 'obsidian') continue; // tab titles add the id or owner to the title text
          // awesome names a repository by its name, as its badge does.
          const expected = topic.items.map((item) =>
            style === 'awesome' && item.repo ? `${item.repo.owner}/${item.repo.name}` : item.title,
          );
          expect(titles.sort()).toEqual(expected.sort());
        }
        expect(exportShelf(shelfFrom(text))).toBe(text);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 40) },
    );
  });
});

/** Characters that must be escaped in raw HTML (test side: written by hand, not by lib). */
const html = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const md = (text: string) => text.replace(/([\\[\]*_`<#])/g, '\\$1');

// Titles start and end with a word (a title's closing full stop is read as punctuation).
const blockTitle = fc
  .tuple(
    fc.constantFrom('LoRA', 'Speculative', 'Sparse', 'Über'),
    fc.array(
      fc.constantFrom('decoding', 'ü', '😀', '*x*', '[z]', '<b>', 'a-b', '&', '"q"', 'x_y'),
      {
        maxLength: 3,
      },
    ),
    fc.constantFrom('Models', 'Agents', 'Vision'),
  )
  .map(([first, middle, last]) => [first, ...middle, last].join(' '));
const blockWork = fc.record({ title: blockTitle, id });

type BlockWork = { title: string; id: string };

/** Entry shapes that are blocks (learn/blocks.ts) or raw HTML items, each a work's lines. */
const BLOCK_SHAPES: Record<string, { entry: (w: BlockWork) => string[]; gap: string }> = {
  htmlItem: {
    entry: (w) => [
      '- <p align="left">',
      `    <a href="https://arxiv.org/abs/${w.id}" title="${html(w.title)}">`,
      `       <strong>${html(w.title)}</strong>`,
      '    </a>',
      '    <br/>',
      '</p>',
    ],
    gap: '',
  },
  details: {
    entry: (w) => [
      `<details> <summary markdown="span">2024 [${md(w.title)}](https://arxiv.org/abs/${w.id})</summary>`,
      '',
      `Notes on ${md(w.title)}.`,
      '',
      '</details>',
    ],
    gap: '\n',
  },
  paragraph: {
    entry: (w) => [
      `**${md(w.title)}**`,
      '',
      `- Paper: https://arxiv.org/abs/${w.id}`,
      `- Code: https://github.com/lab/x${w.id.replace('.', '')}`,
    ],
    gap: '',
  },
  backslash: {
    entry: (w) => [`**${md(w.title)}** \\`, `[[paper](https://arxiv.org/abs/${w.id})]`],
    gap: '',
  },
  heading: {
    entry: (w) => [
      `#### [${md(w.title)}]`,
      `- ${md(w.title)} [[arXiv]](https://arxiv.org/abs/${w.id})`,
      '- `2024-01-02`',
    ],
    gap: '',
  },
  htmlTable: {
    entry: (w) => [
      '  <tr>',
      `    <td>${html(w.title)}</td>`,
      `    <td>https://arxiv.org/abs/${w.id}</td>`,
      '  </tr>',
    ],
    gap: '',
  },
};

function blockList(shape: string, works: BlockWork[]): string {
  const { entry, gap } = BLOCK_SHAPES[shape] as (typeof BLOCK_SHAPES)[string];
  const body = works.map((w) => entry(w).join('\n')).join(`\n\n${gap}`);
  const table = shape === 'htmlTable';
  const inner = table
    ? `<table>\n  <tr>\n    <th>Article</th>\n    <th>Link</th>\n  </tr>\n${works.map((w) => entry(w).join('\n')).join('\n')}\n</table>`
    : body;
  return `# Reading list\n\n## Papers\n\n${inner}\n`;
}

describe('generated lists in block shapes', () => {
  it.each(Object.keys(BLOCK_SHAPES))(
    '%s: read as entries, a saved work is written in the shape, export → import gives back every URL and title',
    (shape) => {
      fc.assert(
        fc.property(
          fc.uniqueArray(blockWork, { minLength: 2, maxLength: 4, selector: (w) => w.id }),
          blockWork,
          (works, saved) => {
            fc.pre(!works.some((w) => w.id === saved.id || w.title === saved.title));
            const text = blockList(shape, works);
            const read = importList(text).entries.filter((entry) => entry.topic === 'Papers');
            expect(read.map((entry) => entry.capture.url)).toEqual(
              works.map((w) => `https://arxiv.org/abs/${w.id}`),
            );
            expect(read.map((entry) => entry.capture.title)).toEqual(works.map((w) => w.title));
            const shelf = shelfFrom(text);
            expect(exportShelf(shelf)).toBe(text);
            const url = `https://arxiv.org/abs/${saved.id}`;
            save(shelf, 'Papers', {
              key: `arxiv:${saved.id}`,
              kind: 'paper',
              url,
              title: saved.title,
              arxiv: { id: saved.id },
            });
            const out = exportShelf(shelf);
            const added = (addedLines(text, out) ?? []).join('\n');
            // In the section's shape, never the bare named-style bullet.
            expect(added).not.toMatch(/^- \[[^\]]*\]\([^)]*\)$/m);
            if (shape.startsWith('html'))
              expect(added).not.toMatch(/<(?!\/?(?:p|a|strong|br|tr|td)\b)/);
            const back = importList(out).entries.filter((entry) => entry.topic === 'Papers');
            expect(back.map((entry) => entry.capture.url)).toContain(url);
            expect(back.find((entry) => entry.capture.url === url)?.capture.title).toBe(
              saved.title,
            );
            expect(back).toHaveLength(works.length + 1);
          },
        ),
        { numRuns: Number(process.env.FC_RUNS ?? 30) },
      );
    },
  );
});

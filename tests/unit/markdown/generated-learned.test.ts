/**
 * Issue 11 point 9, never lose a link: lists generated (fast-check) in many learned entry
 * shapes — the ones real lists use, with random titles, authors, venues, dates and ids —
 * take a paper, a repository, a model or a page into an existing section and into a new
 * sub-topic, and export → import gives back the saved work's URL and title in its topic.
 * Some lists have a frequent author (in every other entry): no neighbour's name is ever
 * written into the new entry (a value the item does not have is never invented).
 * The named styles' side of the property is in generated.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importList } from '../../../lib/markdown/index';
import type { Capture } from '../../../lib/types';
import { addedLines, exportShelf, save, shelfFrom } from './helpers';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261129) });

const word = fc.constantFrom(
  'LoRA',
  'Quantized',
  'speculative',
  'Decoding',
  'with',
  'Graph',
  'Agents',
  'ü',
  'a-b',
  'Self-Play',
  'Vision',
  '3D',
);
const title = fc
  .array(word, { minLength: 2, maxLength: 6 })
  .map((words) => words.join(' '))
  .map((text) => text.charAt(0).toUpperCase() + text.slice(1));
const name = fc.constantFrom(
  'Ada Lovelace',
  'Alan Turing',
  'Grace Hopper',
  'Yann LeCun',
  'Fei Li',
  'Emmy Noether',
  'Claude Shannon',
  'Barbara Liskov',
  'Donald Knuth',
  'Frances Allen',
  'Edsger Dijkstra',
  'Mei Zhang',
);
const authors = fc.uniqueArray(name, { minLength: 1, maxLength: 3 });
const venue = fc.constantFrom('NeurIPS', 'ICLR', 'CVPR', 'ACL', 'ICML');
const yymm = fc.tuple(fc.integer({ min: 15, max: 24 }), fc.integer({ min: 1, max: 12 }));
const arxivId = fc
  .tuple(yymm, fc.integer({ min: 1, max: 19999 }))
  .map(([[y, m], n]) => `${y}${String(m).padStart(2, '0')}.${String(n).padStart(5, '0')}`);
const repoName = fc.stringMatching(/^[A-Za-z][\w-]{1,10}$/);

/** One neighbour entry's values. */
const values = fc.record({
  t: title,
  a: authors,
  v: venue,
  id: arxivId,
  repo: repoName,
});
interface Values {
  t: string;
  a: string[];
  v: string;
  id: string;
  repo: string;
}

const year = (v: Values) => `20${v.id.slice(0, 2)}`;
const month = (v: Values) => v.id.slice(2, 4);
const abs = (v: Values) => `https://arxiv.org/abs/${v.id}`;
const gh = (v: Values) => `https://github.com/owner/${v.repo}`;

/** Entry shapes as real lists write them (a table shape starts with its header lines). */
const SHAPES: { name: string; header?: string; entry: (v: Values, i: number) => string }[] = [
  {
    name: 'numbered bold title, authors, venue, pdf',
    entry: (v, i) =>
      `${i + 1}. **${v.t}**. *${v.a.join(', ')}*. ${v.v} ${year(v)}. [[pdf](https://arxiv.org/pdf/${v.id})]`,
  },
  {
    name: 'date prefix, bold title, et al., paper link',
    entry: (v) => `- [${year(v)}/${month(v)}] **${v.t}.** *${v.a[0]} et al.* [[paper](${abs(v)})]`,
  },
  {
    name: 'title then arXiv and code links',
    entry: (v) => `- ${v.t} [[arXiv](${abs(v)})] [[code](${gh(v)})]`,
  },
  {
    name: 'year-venue prefix, Paper and Code',
    entry: (v) => `* ${year(v)}-${v.v} - ${v.t}. [[Paper]](${abs(v)}) [[Code]](${gh(v)})`,
  },
  {
    name: 'venue tag, paper and code, star badge',
    entry: (v) =>
      `- (*${v.v}'${year(v).slice(2)}*) ${v.t} [[paper](${abs(v)})][[code](${gh(v)})]![GitHub Repo stars](https://img.shields.io/github/stars/owner/${v.repo}?style=social)`,
  },
  {
    name: 'pipes and a code-span pdf label',
    entry: (v) => `- ${v.t} | **[${v.v}' ${year(v).slice(2)}]** |[\`[pdf]\`](${abs(v)})`,
  },
  {
    name: 'checkbox and a note',
    entry: (v, i) => `- [${i % 2 ? 'x' : ' '}] [${v.t}](${abs(v)}): read for ${v.v}`,
  },
  {
    name: 'title link, authors and year',
    entry: (v) => `- [${v.t}](${abs(v)}) - ${v.a.join(', ')} (${year(v)})`,
  },
  {
    name: 'backslash breaks',
    entry: (v) =>
      `1. **${v.t}** \\\n*${v.a[0]} et al.* \\\n${v.v}, ${year(v)}. [[doi](${abs(v)})]\n`,
  },
  {
    name: 'table: year, venue, title, links',
    header: '| Year | Venue | Title | Links |\n|---|---|---|---|',
    entry: (v) => `| ${year(v)} | ${v.v} | ${v.t} | [[Paper](${abs(v)})] [[Code](${gh(v)})] |`,
  },
  {
    name: 'table: title link, arXiv badge, venue',
    header: '| Title | arXiv | Pub. |\n|---|---|---|',
    entry: (v) =>
      `| [${v.t}](${abs(v)}) | [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](${abs(v)}) | ${v.v} ${year(v)} |`,
  },
];

const saved = fc.record({
  kind: fc.constantFrom('paper', 'repo', 'model', 'page'),
  t: title,
  id: arxivId,
  repo: repoName,
  withCode: fc.boolean(),
});

interface Saved {
  kind: string;
  t: string;
  id: string;
  repo: string;
  withCode: boolean;
}

function build(s: Saved): Capture {
  if (s.kind === 'paper') {
    const paper: Capture = {
      key: `arxiv:${s.id}`,
      kind: 'paper',
      url: `https://arxiv.org/abs/${s.id}`,
      title: s.t,
      authors: ['Marie Curie', 'Niels Bohr'],
      arxiv: { id: s.id, version: 1 },
      venue: { name: 'ICLR', year: 2000 + Number(s.id.slice(0, 2)), type: 'conference' },
    };
    if (s.withCode) paper.codeUrls = [`https://github.com/saved/${s.repo}`];
    return paper;
  }
  if (s.kind === 'repo')
    return {
      key: `github:saved/${s.repo.toLowerCase()}`,
      kind: 'repo',
      url: `https://github.com/saved/${s.repo}`,
      title: s.repo,
      repo: { owner: 'saved', name: s.repo },
    };
  if (s.kind === 'model')
    return {
      key: `hf:model:saved/${s.repo.toLowerCase()}`,
      kind: 'model',
      url: `https://huggingface.co/saved/${s.repo}`,
      title: `saved/${s.repo}`,
      hub: { type: 'model', id: `saved/${s.repo}`, owner: 'saved' },
    };
  return {
    key: `url:https://example.org/${s.repo}`,
    kind: 'page',
    url: `https://example.org/${s.repo}`,
    title: s.t,
  };
}

describe('generated lists in learned shapes', () => {
  it.each(SHAPES.map((shape, index) => [shape.name, index] as const))(
    '%s: a saved work reads back with its URL and title',
    (_name, index) => {
      const shape = SHAPES[index] as (typeof SHAPES)[number];
      fc.assert(
        fc.property(
          fc.array(values, { minLength: 2, maxLength: 5 }),
          saved,
          fc.boolean(),
          fc.boolean(),
          (generated, picked, fresh, frequent) => {
            // A frequent author: in every other entry, alone or first of two.
            const neighbours = frequent
              ? generated.map((v, i) =>
                  i % 2 ? v : { ...v, a: ['Kaiming He', ...v.a.slice(0, i % 4 ? 0 : 1)] },
                )
              : generated;
            // Distinct neighbours and a saved work none of them is.
            const ids = new Set(neighbours.map((v) => v.id));
            fc.pre(ids.size === neighbours.length && !ids.has(picked.id));
            fc.pre(!neighbours.some((v) => v.repo.toLowerCase() === picked.repo.toLowerCase()));
            // Real neighbours differ in title and authors (shared text is read as literal).
            const distinct = (of: (v: Values) => string) =>
              new Set(neighbours.map(of)).size === neighbours.length;
            fc.pre(distinct((v) => v.t) && distinct((v) => v.repo));
            const entries = neighbours.map((v, i) => shape.entry(v, i));
            const body = shape.header
              ? `${shape.header}\n${entries.join('\n')}`
              : entries.join('\n');
            const text = `# Reading list\n\n## Papers\n\n${body}\n\n## Notes\n\nSome prose.\n`;
            const item = build(picked);
            const topic = fresh ? 'Papers / New' : 'Papers';
            const shelf = shelfFrom(text);
            save(shelf, topic, item);
            const out = exportShelf(shelf);
            const added = addedLines(text, out);
            expect(added, out).not.toBeNull();
            // A name that several neighbours share (a frequent author) is their value, not
            // the list's literal text: the new entry never carries a name the item lacks.
            const written = (added ?? []).join('\n');
            for (const other of neighbours.flatMap((v) => v.a))
              expect(written, out).not.toContain(other);
            const back = importList(out).entries.filter((entry) => entry.topic === topic);
            const found = back.find((entry) => entry.capture.key === item.key);
            expect(found, out).toBeDefined();
            expect(found?.capture.url, out).toBe(item.url);
            expect(found?.capture.title, out).toBe(item.title);
            expect(exportShelf(shelfFrom(out))).toBe(out);
          },
        ),
        { numRuns: Number(process.env.FC_RUNS ?? 25) },
      );
    },
  );
});

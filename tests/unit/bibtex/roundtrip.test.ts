/**
 * Every entry the writer produces parses with @retorquere/bibtex-parser and gives back the
 * item's own text: titles, names and notes full of LaTeX's and BibTeX's special characters
 * (braces, `%`, `&`, `\`, an unbalanced `{`) included.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { citeText } from '../../../lib/bibtex/cite';
import { type ReadEntry, readBibtex } from '../../../lib/bibtex/read';
import type { Capture, ItemKind } from '../../../lib/types';

const HOSTILE = ['{', '}', '%', '&', '\\', '$', '#', '_', '^', '~', '<', '>', '"', "'", '@', ','];

/** Text as people and sites write it, with LaTeX's special characters mixed in. */
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...HOSTILE),
      fc.constantFrom('BERT', 'GPT-4', 'LLaMA', 'iPhone', 'Müller', 'Łukasz', 'naïve', 'École'),
      fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 8 }),
      fc.constantFrom(' ', ' ', ' and ', ': '),
    ),
    { minLength: 1, maxLength: 12 },
  )
  // The reader gives NFC text back: generated text is NFC too, as page text almost always is.
  .map((parts) => parts.join('').replace(/\s+/g, ' ').trim().normalize('NFC'))
  // The parser writes `\emph` and friends back as <i>…</i>: a title that spells such a
  // tag itself cannot be told apart from that markup.
  .filter((value) => /[\p{L}\p{N}]/u.test(value) && !/<\/?(i|b|sup|sub|sc|span)\b/.test(value));

/** A person: one to three words, any characters but the ones that make a name two. */
const person = fc
  .array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 7 }), {
    minLength: 1,
    maxLength: 3,
  })
  .map((words) =>
    words
      .map((word) => word.replace(/[\s,{}\\]/g, '').replace(/^and$/i, 'Andy'))
      .filter((word) => /[\p{L}]/u.test(word))
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join(' ')
      .normalize('NFC'),
  )
  .filter((name) => name !== '' && name !== 'Others' && name.toLowerCase() !== 'others');

const capture = fc.record({
  kind: fc.constantFrom<ItemKind>('paper', 'repo', 'model', 'dataset', 'space', 'page'),
  title: text,
  authors: fc.array(person, { maxLength: 4 }),
  description: text,
  arxiv: fc.boolean(),
});

function build(generated: {
  kind: ItemKind;
  title: string;
  authors: string[];
  description: string;
  arxiv: boolean;
}): Capture {
  const { kind, title, authors, description, arxiv } = generated;
  const base: Capture = { key: 'x', kind, url: 'https://example.org/a_b?c=%20&d#e', title };
  if (authors.length) base.authors = authors;
  if (kind === 'paper' && arxiv) base.arxiv = { id: '2106.09608', primaryCategory: 'cs.CL' };
  if (kind === 'repo') {
    base.repo = { owner: 'some-owner', name: 'repo' };
    base.description = description;
  }
  if (kind === 'model' || kind === 'dataset' || kind === 'space') {
    base.hub = { type: kind, id: 'owner/name', owner: 'owner' };
  }
  return base;
}

function readOne(bib: string): ReadEntry {
  const entries = readBibtex(bib);
  expect(entries).toHaveLength(1);
  return entries[0] as ReadEntry;
}

const SAVED_AT = Date.UTC(2024, 4, 1);

describe('generated entries parse and give their fields back', () => {
  test.each([false, true])(
    'any item (LaTeX accents: %s)',
    (latexAccents) => {
      fc.assert(
        fc.property(capture, (generated) => {
          const item = build(generated);
          const bib = citeText(item, 'key2024', SAVED_AT, { latexAccents });
          const entry = readOne(bib);
          expect(entry.key).toBe('key2024');
          expect(entry.fields.title).toBe(item.title);
          if (item.hub) {
            expect(entry.authors).toEqual(item.authors ?? [item.hub.owner]);
          } else if (!item.repo) {
            expect(entry.authors).toEqual(item.authors ?? []);
          } else {
            expect(entry.authors).toEqual([item.repo.owner]);
            expect(entry.fields.note).toBe(item.description);
          }
          if (item.arxiv) expect(entry.fields.eprint).toBe(item.arxiv.id);
          if (item.kind !== 'paper') expect(entry.fields.howpublished).toBe(item.url);
          if (item.kind === 'page') expect(entry.fields.note).toBe('Accessed 2024-05-01');
          const url = item.arxiv ? 'https://arxiv.org/abs/2106.09608' : item.url;
          if (entry.fields.url !== undefined) expect(entry.fields.url).toBe(url);
        }),
        { numRuns: 100 },
      );
      // The parser takes a few ms an entry: a loaded machine needs more than the default 5 s.
    },
    30_000,
  );

  test('an unbalanced brace, a lone backslash and a percent sign', () => {
    const title = 'Unbalanced { brace \\ backslash 100% & {BERT}';
    const bib = citeText({ key: 'x', kind: 'page', url: 'https://e.org', title }, 'k', 0);
    expect(bib).toContain('\\textbraceleft{}');
    expect(readOne(bib).fields.title).toBe(title);
  });

  test('acronyms and inner capitals are braced, ordinary words are not', () => {
    const bib = citeText(
      {
        key: 'x',
        kind: 'page',
        url: 'https://e.org',
        title: 'BERT and GPT-4 meet LLaMA on iPhone',
      },
      'k',
      0,
    );
    expect(bib).toContain('title={{BERT} and {GPT-4} meet {LLaMA} on {iPhone}}');
  });

  test('UTF-8 is kept, or written as LaTeX accents on request', () => {
    const item: Capture = {
      key: 'x',
      kind: 'page',
      url: 'https://e.org',
      title: 'Über naïve Ça',
      authors: ['Łukasz Kaiser', 'Jörg Müller'],
    };
    expect(citeText(item, 'k', 0)).toContain('author={Łukasz Kaiser and Jörg Müller}');
    const accents = citeText(item, 'k', 0, { latexAccents: true });
    expect(accents).toContain('author={{\\L}ukasz Kaiser and J{\\"o}rg M{\\"u}ller}');
    expect(accents).toContain('title={{{\\"U}}ber na{\\"i}ve {{\\c{C}}}a}');
    expect([...accents].every((char) => char.charCodeAt(0) < 128)).toBe(true);
    expect(readOne(accents).fields.title).toBe(item.title);
  });

  test('names BibTeX would misread are kept whole', () => {
    const bib = citeText(
      {
        key: 'x',
        kind: 'page',
        url: 'https://e.org',
        title: 't',
        authors: ['Acme, Inc.', 'Research and Development', 'Martin Luther King, Jr.'],
      },
      'k',
      0,
    );
    expect(readOne(bib).authors).toEqual([
      'Acme, Inc.',
      'Research and Development',
      'Martin Luther King, Jr.',
    ]);
  });
});

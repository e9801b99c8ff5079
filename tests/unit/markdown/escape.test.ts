/**
 * FORMATS.md §4: titles, names and notes may hold anything; export escapes what would change
 * the structure, and import gives back the same values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeInline, formatDestination, unescapeInline } from '../../../lib/markdown/escape';
import { exportList, importList } from '../../../lib/markdown/index';
import { readLinkAt } from '../../../lib/markdown/links';
import type { Capture, Item, StyleName } from '../../../lib/types';

// A fixed seed keeps CI repeatable; FC_SEED=… FC_RUNS=… explore further.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261122) });

function item(capture: Capture, note = ''): Item {
  return { ...capture, note, status: 'to-read', topicIds: [], savedAt: 1, updatedAt: 1 };
}

function page(title: string): Capture {
  return {
    key: 'url:https://example.com/page',
    kind: 'page',
    url: 'https://example.com/page',
    title,
  };
}

function paper(title: string, authors: string[] = []): Capture {
  return {
    key: 'arxiv:2401.00001',
    kind: 'paper',
    url: 'https://arxiv.org/abs/2401.00001',
    title,
    arxiv: { id: '2401.00001', version: 1 },
    ...(authors.length ? { authors } : {}),
  };
}

function repo(description: string): Capture {
  return {
    key: 'github:owner/name',
    kind: 'repo',
    url: 'https://github.com/owner/name',
    title: 'name',
    description,
    repo: { owner: 'owner', name: 'name' },
  };
}

function writeAndRead(style: StyleName, entry: Item, topic = 'Topic') {
  const text = exportList({
    list: { name: 'List', style },
    topics: [{ path: topic, items: [entry] }],
  });
  const imported = importList(text);
  return { text, imported, entry: imported.entries[0] };
}

const HOSTILE = [
  '[',
  ']',
  '(',
  ')',
  '*',
  '**',
  '_',
  '\\',
  '`',
  '``',
  '|',
  '<',
  '>',
  '<br>',
  '<b>',
  '&amp;',
  '&#9;',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '#',
  '# ',
  '1. ',
  '- ',
  ' - ',
  '"',
  '> ',
  '[ ] ',
  '![x](y)',
  '[a](b)',
  ' ',
  '  ',
  '😀',
  'ü',
  'жук',
  '中文',
  '¬∑',
  '\u00a0',
  '\u200b',
  'http://x.y/(z)',
];

/** Strings built from the characters that break Markdown, mixed with ordinary text. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom(...HOSTILE),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    ),
    {
      minLength: 1,
      maxLength: 8,
    },
  )
  .map((parts) => parts.join(''));
const title = hostile.filter(
  (text) => text.trim() !== '' && !/\s\/\s/.test(text) && !text.includes('\0'),
);
const note = hostile.filter((text) => !text.includes('\0'));

describe('escaping', () => {
  it('round-trips through escapeInline / unescapeInline', () => {
    fc.assert(
      fc.property(note, (value) => {
        expect(unescapeInline(escapeInline(value))).toBe(value);
      }),
      { numRuns: 300 },
    );
  });

  it('escapes structure and keeps the rest readable', () => {
    expect(escapeInline('a [b] *c* `d`')).toBe('a \\[b\\] \\*c\\* \\`d\\`');
    expect(escapeInline('gpt_neox and _emph_')).toBe('gpt_neox and \\_emph\\_');
    expect(escapeInline('line\nbreak')).toBe('line<br>break');
    expect(escapeInline('a\tb')).toBe('a&#9;b');
    expect(escapeInline(' edge ')).toBe('&#32;edge&#32;');
    expect(escapeInline('C:\\path')).toBe('C:\\\\path');
    expect(escapeInline('<br> & &amp;')).toBe('\\<br> & \\&amp;');
    expect(escapeInline('ü · ¬∑ 😀')).toBe('ü · ¬∑ 😀');
  });

  it('writes URLs with spaces or parentheses so the link still parses', () => {
    for (const url of [
      'https://e.com/a b',
      'https://e.com/a_(b)',
      'https://e.com/a)b',
      'https://e.com/<x>',
    ]) {
      const text = `[t](${formatDestination(url)})`;
      expect(readLinkAt(text, 0)?.url).toBe(url);
      expect(readLinkAt(text, 0)?.end).toBe(text.length);
    }
    expect(formatDestination('https://e.com/a_(b)')).toBe('https://e.com/a_(b)');
    expect(formatDestination('https://e.com/a b')).toBe('<https://e.com/a b>');
  });

  it('writes a hostile title in each style so that it still is one entry', () => {
    const nasty = '# 1. - [x](y) *bold* `code` <b>\n"quoted" - dash | pipe';
    for (const style of ['awesome', 'numbered', 'wiki', 'obsidian', 'plain'] as StyleName[]) {
      const { text, imported, entry } = writeAndRead(
        style,
        item(page(nasty), 'a - note\nwith *two* lines'),
      );
      expect(imported.entries, `${style}:\n${text}`).toHaveLength(1);
      expect(entry?.capture.title, style).toBe(nasty);
      if (style !== 'obsidian') expect(entry?.note, style).toBe('a - note\nwith *two* lines');
      expect(text.split('\n').filter((line) => line.startsWith('#'))).toEqual([
        '# List',
        '## Topic',
      ]);
    }
  });
});

describe('property: generated values survive export → import', () => {
  const runs = { numRuns: Number(process.env.FC_RUNS ?? 60) };
  for (const style of ['awesome', 'numbered', 'wiki', 'obsidian', 'plain'] as StyleName[]) {
    it(`${style}: page titles and notes`, () => {
      fc.assert(
        fc.property(title, note, (t, n) => {
          const { entry, imported } = writeAndRead(style, item(page(t), n));
          expect(imported.entries).toHaveLength(1);
          expect(entry?.capture.title).toBe(t);
          if (style !== 'obsidian') expect(entry?.note ?? '').toBe(n);
        }),
        runs,
      );
    });
  }

  it('awesome: paper titles, authors and notes', () => {
    const author = title.filter((name) => name.trim() !== '...' && !name.includes(', '));
    fc.assert(
      fc.property(
        title,
        fc.array(author, { minLength: 1, maxLength: 4 }),
        note,
        (t, authors, n) => {
          const { entry } = writeAndRead('awesome', item(paper(t, authors), n));
          expect(entry?.capture.title).toBe(t);
          expect(entry?.capture.authors).toEqual(authors);
          expect(entry?.note ?? '').toBe(n);
        },
      ),
      runs,
    );
  });

  it('numbered and awesome: repository descriptions', () => {
    fc.assert(
      fc.property(title, (description) => {
        for (const style of ['numbered', 'awesome'] as StyleName[]) {
          const { entry } = writeAndRead(style, item(repo(description)));
          expect(entry?.capture.description, style).toBe(description);
        }
      }),
      runs,
    );
  });

  it('wiki: paper titles in quotes', () => {
    fc.assert(
      fc.property(title, note, (t, n) => {
        const { entry } = writeAndRead('wiki', item(paper(t), n));
        expect(entry?.capture.title).toBe(t);
        expect(entry?.note ?? '').toBe(n);
      }),
      runs,
    );
  });

  it('topic names', () => {
    fc.assert(
      fc.property(title, (name) => {
        const { imported } = writeAndRead('plain', item(page('t')), name);
        expect(imported.topics).toEqual([name.trim() === name ? name : imported.topics[0]]);
        expect(imported.topics[0]?.length).toBeGreaterThan(0);
      }),
      runs,
    );
  });
});

/**
 * Issue 12.4: in the wiki style (`- "Title" - note`, `- Name - note`) an empty or blank title
 * and a note made only of spaces are written so that they read back as the same entry.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportList, importList } from '../../lib/markdown/index';
import type { Item, ItemKind } from '../../lib/types';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261129) });

function item(title: string, note: string, kind: ItemKind): Item {
  return {
    key: `title:${title}`,
    kind,
    url: '',
    title,
    note,
    status: 'to-read',
    topicIds: [],
    savedAt: 0,
    updatedAt: 0,
  };
}

function roundTrip(items: Item[]) {
  const text = exportList({
    list: { name: 'Wiki', style: 'wiki' },
    topics: [{ path: 'T', items }],
  });
  return { text, entries: importList(text).entries };
}

describe('wiki titles that are empty or blank', () => {
  it.each<[string, ItemKind]>([
    ['', 'paper'],
    ['', 'page'],
    [' ', 'paper'],
    [' ', 'page'],
    ['   ', 'page'],
    ['\t', 'page'],
  ])('title %j (%s) reads back as one entry with that title', (title, kind) => {
    const { entries } = roundTrip([item(title, '', kind)]);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.capture.title).toBe(title);
  });

  it('keeps a note made only of spaces', () => {
    const { entries } = roundTrip([item('Paper', '   ', 'paper'), item('Page', ' ', 'page')]);
    expect(entries.map((entry) => entry.note)).toEqual(['   ', ' ']);
  });

  it('property: any title and note, blank ones included, survive export → import', () => {
    const blank = fc.stringMatching(/^[ \t]{0,4}$/);
    const text = fc.oneof(blank, fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme' }));
    fc.assert(
      fc.property(
        text,
        text,
        fc.constantFrom<ItemKind>('paper', 'page', 'repo'),
        (title, note, kind) => {
          const { entries, text: written } = roundTrip([item(title, note, kind)]);
          expect(entries, written).toHaveLength(1);
          expect(entries[0]?.capture.title, written).toBe(title);
          expect(entries[0]?.note ?? '', written).toBe(note);
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });
});

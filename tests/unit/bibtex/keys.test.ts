/** Cite keys: their shape, uniqueness over any collection, and stability as it grows. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bibliography } from '../../../lib/bibtex/bibliography';
import { assignCiteKeys, baseKey, lastNameOf, suffix } from '../../../lib/bibtex/keys';
import type { Item } from '../../../lib/types';

function item(fields: Partial<Item> & { key: string }): Item {
  return {
    kind: 'paper',
    url: `https://example.org/${fields.key}`,
    title: 'Deep Learning',
    note: '',
    status: 'to-read',
    topicIds: [],
    savedAt: 0,
    updatedAt: 0,
    ...fields,
  };
}

describe('the key of one work', () => {
  test('{last name}{year}{first significant title word}, lower-case ASCII', () => {
    expect(
      baseKey(
        item({
          key: 'a',
          title: 'The Attention Is All You Need',
          authors: ['Ashish Vaswani'],
          published: '2017',
        }),
      ),
    ).toBe('vaswani2017attention');
    expect(
      baseKey(item({ key: 'b', title: 'Über Sätze', authors: ['Kurt Gödel'], published: '1931' })),
    ).toBe('godel1931uber');
    expect(
      baseKey(
        item({
          key: 'c',
          title: 'WaveNet',
          authors: ['Aäron van den Oord'],
          arxiv: { id: '1609.03499', updated: '2016-09-19' },
        }),
      ),
    ).toBe('vandenoord2016wavenet');
    expect(baseKey(item({ key: 'd', title: 'FP8-LM: Training', authors: ['Houwen Peng'] }))).toBe(
      'pengfp8lm',
    );
  });

  test('works without authors use their owner or site, dated by their capture', () => {
    const savedAt = Date.UTC(2024, 2, 1);
    expect(
      baseKey(
        item({
          key: 'r',
          kind: 'repo',
          title: 'vllm',
          repo: { owner: 'vllm-project', name: 'vllm' },
        }),
        savedAt,
      ),
    ).toBe('vllmproject2024vllm');
    expect(
      baseKey(
        item({ key: 'p', kind: 'page', title: 'A', url: 'https://www.bbc.co.uk/news/x' }),
        savedAt,
      ),
    ).toBe('bbc2024');
    expect(baseKey(item({ key: 'z', title: '的', url: 'notaurl' }))).toBe('ref');
  });

  test('names split as BibTeX splits them', () => {
    expect(lastNameOf('Ludwig van Beethoven')).toBe('van Beethoven');
    expect(lastNameOf('Mark O. Riedl')).toBe('Riedl');
    expect(lastNameOf('Plato')).toBe('Plato');
  });

  test('suffixes run a … z, aa …', () => {
    expect([0, 1, 25, 26, 27].map(suffix)).toEqual(['a', 'b', 'z', 'aa', 'ab']);
  });
});

// Few names, years and words, so collisions are common.
const work = fc.record({
  author: fc.constantFrom('Ada Smith', 'Bo Smith', 'Li Wei', '王 伟', ''),
  year: fc.constantFrom('2020', '2021', ''),
  title: fc.constantFrom('Deep nets', 'Deep models', 'On the deep', 'A', '!!'),
  citeKey: fc.option(fc.constantFrom('smith2020deep', 'wei2021deep', 'mine'), { nil: undefined }),
});

function collection(
  works: { author: string; year: string; title: string; citeKey?: string | undefined }[],
): Item[] {
  return works.map((w, index) =>
    item({
      key: `k${index}`,
      savedAt: index,
      title: w.title,
      ...(w.author ? { authors: [w.author] } : {}),
      ...(w.year ? { published: w.year } : {}),
      ...(w.citeKey ? { citeKey: w.citeKey } : {}),
    }),
  );
}

describe('keys over a collection', () => {
  test('every item gets one, all different, lower-case ASCII', () => {
    fc.assert(
      fc.property(fc.array(work, { maxLength: 60 }), (works) => {
        const items = collection(works);
        const keys = assignCiteKeys(items);
        expect(keys.size).toBe(items.length);
        const values = [...keys.values()];
        expect(new Set(values).size).toBe(values.length);
        for (const key of values) if (key !== 'mine') expect(key).toMatch(/^[a-z0-9]+$/);
      }),
    );
  });

  test('a stored key stays; adding items never changes an earlier item’s key', () => {
    fc.assert(
      fc.property(fc.array(work, { maxLength: 40 }), fc.array(work, { maxLength: 20 }), (a, b) => {
        const before = collection(a).map((i) => ({ ...i, citeKey: undefined }));
        const first = assignCiteKeys(before);
        // Keys written by an export are stored on the items…
        const stored = before.map((i) => ({ ...i, citeKey: first.get(i.key) }));
        // …then more items arrive, saved later, some holding keys of their own.
        const later = collection(b).map((i, n) => ({
          ...i,
          key: `later${n}`,
          savedAt: 1000 + n,
        }));
        const next = assignCiteKeys([...later, ...stored]);
        for (const i of stored) expect(next.get(i.key)).toBe(first.get(i.key));
        // Even without storing, an earlier item's key does not move when later ones arrive.
        const unstored = assignCiteKeys([
          ...before,
          ...later.map((i) => ({ ...i, citeKey: undefined })),
        ]);
        for (const i of before) expect(unstored.get(i.key)).toBe(first.get(i.key));
      }),
    );
  });

  test('colliding works get a, b suffixes in saved order; a duplicated stored key moves', () => {
    const items = [
      item({ key: 'x', savedAt: 1, authors: ['Ada Smith'], published: '2020', title: 'Deep nets' }),
      item({ key: 'y', savedAt: 2, authors: ['Bo Smith'], published: '2020', title: 'Deep nets' }),
      item({ key: 'z', savedAt: 3, authors: ['Cy Smith'], published: '2020', title: 'Deep' }),
      item({ key: 'w', savedAt: 4, citeKey: 'smith2020deep' }),
    ];
    const keys = assignCiteKeys(items);
    expect([...keys.entries()].sort()).toEqual(
      [
        ['w', 'smith2020deep'],
        ['x', 'smith2020deepa'],
        ['y', 'smith2020deepb'],
        ['z', 'smith2020deepc'],
      ].sort(),
    );
    const twice = assignCiteKeys([
      item({ key: 'p', savedAt: 1, citeKey: 'same' }),
      item({ key: 'q', savedAt: 2, citeKey: 'same' }),
    ]);
    expect(twice.get('p')).toBe('same');
    expect(twice.get('q')).not.toBe('same');
  });

  test('an export reports the keys it wrote for the first time', () => {
    const items = [item({ key: 'x', citeKey: 'kept' }), item({ key: 'y', authors: ['A B'] })];
    const result = bibliography(items, items);
    expect([...result.newKeys]).toEqual([['y', 'bdeep']]);
    expect(result.text).toContain('@misc{kept,');
    expect(result.text).toContain('@misc{bdeep,');
  });
});

/**
 * StringIndex (string-index.ts) numbers distinct strings in order of first sight, as a
 * Map beside an array would, through its growth and hash collisions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StringIndex } from '../../../lib/markdown/string-index';

describe('StringIndex', () => {
  it('gives each string the index of its first sight', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 300 }), (strings) => {
        const index = new StringIndex();
        const known = new Map<string, number>();
        for (const text of strings) {
          if (!known.has(text)) known.set(text, known.size);
          expect(index.indexOf(text)).toBe(known.get(text));
        }
        expect(index.values).toEqual([...known.keys()]);
      }),
    );
  });
});

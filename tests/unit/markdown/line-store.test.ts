/**
 * The compact line store the parser reads (line-store.ts) splits exactly as splitLines()
 * does, whatever the mix of `\n`, `\r\n` and lone `\r`, with or without a final newline.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../lib/markdown/line-index';
import { LineStore } from '../../../lib/markdown/line-store';
import { dominantEol, normalizedText, splitLines } from '../../../lib/markdown/lines';

const texts = fc
  .array(fc.constantFrom('a', 'bc', ' ', '\n', '\r', '\r\n', '#', '\uFEFF'), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('LineStore', () => {
  it('gives the same lines, terminators and line ending as splitLines', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const store = new LineStore(text);
        const lines = splitLines(text);
        expect(store.count).toBe(lines.length);
        expect(store.lines()).toEqual(lines);
        expect(store.dominantEol()).toBe(dominantEol(lines));
        expect(store.hasCr()).toBe(lines.some((line) => line.term.includes('\r')));
        for (const from of [0, 1, 3]) {
          if (from <= lines.length)
            expect(store.normalized(from)).toBe(normalizedText(lines.slice(from)));
        }
      }),
    );
  });

  it('maps offsets to lines as a LineIndex of the same `\n` text does', () => {
    const lfTexts = fc
      .array(fc.constantFrom('a', 'bc', ' ', '\n', '\n\n'), { maxLength: 30 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(lfTexts, (text) => {
        const store = new LineStore(text);
        const index = new LineIndex(text, 0);
        for (let offset = 0; offset <= text.length; offset++)
          expect(store.lineOf(offset)).toBe(index.lineOf(offset));
      }),
    );
  });

  it('answers empty text past the end, and slices of a range', () => {
    const store = new LineStore('one\r\ntwo\rthree');
    expect(store.text(2)).toBe('three');
    expect(store.term(2)).toBe('');
    expect(store.text(3)).toBe('');
    expect(store.text(-1)).toBe('');
    expect(store.lines(1, 2)).toEqual([{ text: 'two', term: '\r' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { fuzzyFilter, fuzzyMatch, markSegments } from '../../lib/fuzzy';

/** The matched characters, for readable expectations. */
function marked(candidate: string, query: string): string[] {
  const match = fuzzyMatch(query, candidate);
  return match ? match.ranges.map(([start, end]) => candidate.slice(start, end)) : [];
}

describe('fuzzyMatch', () => {
  it('finds a subsequence across words, ignoring case and spaces in the query', () => {
    expect(marked('Quantization / 2024', 'qnt 24')).toEqual(['Q', 'nt', '24']);
    expect(marked('Model quantization', 'QUANT')).toEqual(['quant']);
    expect(fuzzyMatch('qnt24', 'Quantization / 2024')).not.toBeNull();
  });

  it('returns null when the characters are missing or out of order', () => {
    expect(fuzzyMatch('xyz', 'Speculative decoding')).toBeNull();
    expect(fuzzyMatch('ds', 'Speculative decoding')).toBeNull();
    expect(fuzzyMatch('longer than it', 'short')).toBeNull();
  });

  it('prefers word starts and unbroken runs', () => {
    expect(marked('Speculative decoding', 'sd')).toEqual(['S', 'd']);
    expect(marked('abcdec / Decoding', 'dec')).toEqual(['Dec']);
    const start = fuzzyMatch('dec', 'Decoding')?.score as number;
    const inside = fuzzyMatch('dec', 'Undecided')?.score as number;
    const scattered = fuzzyMatch('dec', 'Diffusion models / Vector retrieval')?.score as number;
    expect(start).toBeGreaterThan(inside);
    expect(inside).toBeGreaterThan(scattered);
  });

  it('treats camelCase humps and digit runs as word starts', () => {
    expect(marked('FlashAttention / v2', 'fa')).toEqual(['F', 'A']);
    expect(marked('llama3 / 70b', '70')).toEqual(['70']);
  });

  it('ignores accents and keeps positions in the original text', () => {
    expect(marked('École / Été', 'ecole')).toEqual(['École']);
    expect(marked('🚀 Rockets', 'rock')).toEqual(['Rock']);
  });

  it('matches everything with an empty query', () => {
    expect(fuzzyMatch('', 'anything')).toEqual({ score: 0, ranges: [] });
    expect(fuzzyMatch('   ', 'anything')).toEqual({ score: 0, ranges: [] });
  });

  it('stays valid on long input (falls back to the first placement)', () => {
    const long = `${'a'.repeat(300)}b`;
    const match = fuzzyMatch(`${'a'.repeat(150)}b`, long);
    expect(match?.ranges.at(-1)).toEqual([300, 301]);
    expect(fuzzyMatch('ab', 'x'.repeat(10_000))).toBeNull();
  });
});

describe('fuzzyFilter', () => {
  const paths = ['Speculative decoding', 'Decoding', 'Data / Eco', 'Quantization'];

  it('keeps matches, best first, shorter first on ties, and honours the limit', () => {
    expect(fuzzyFilter('dec', paths).map((r) => r.candidate)).toEqual([
      'Decoding',
      'Speculative decoding',
      'Data / Eco',
    ]);
    expect(fuzzyFilter('dec', paths, 1)).toHaveLength(1);
    expect(fuzzyFilter('dec', paths)[0]?.index).toBe(1);
  });

  it('returns every candidate in order for an empty query', () => {
    expect(fuzzyFilter('', paths).map((r) => r.index)).toEqual([0, 1, 2, 3]);
    expect(fuzzyFilter('', paths, 2)).toHaveLength(2);
  });
});

describe('markSegments', () => {
  it('cuts text into marked and plain pieces, optionally within a window', () => {
    expect(
      markSegments('Quantization', [
        [0, 1],
        [3, 5],
      ]),
    ).toEqual([
      { text: 'Q', marked: true },
      { text: 'ua', marked: false },
      { text: 'nt', marked: true },
      { text: 'ization', marked: false },
    ]);
    expect(
      markSegments(
        'A / Bc',
        [
          [0, 1],
          [4, 5],
        ],
        4,
      ),
    ).toEqual([
      { text: 'B', marked: true },
      { text: 'c', marked: false },
    ]);
    expect(markSegments('plain', [])).toEqual([{ text: 'plain', marked: false }]);
  });
});

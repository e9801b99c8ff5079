/** Children kept nested under a TOC line whose marker grew (toc-nesting.ts). */
import { describe, expect, it } from 'vitest';
import { keepNested, type NestingLine } from '../../../lib/markdown/toc-nesting';

const line = (text: string, was: string | undefined = text): NestingLine => ({
  text,
  was,
  removed: false,
});

describe('keepNested', () => {
  it('moves the whole subtree right by what its shallowest line lacks', () => {
    const lines = [
      line('10. [A](#a)', '9. [A](#a)'),
      line('   - [B](#b)'),
      line('     - [C](#c)'),
      line('11. [D](#d)', '10. [D](#d)'),
    ];
    expect([...keepNested(lines)]).toEqual([
      [1, '    - [B](#b)'],
      [2, '      - [C](#c)'],
    ]);
  });

  it('leaves lines that were not nested before, `- - ` nesting, and wide enough indents', () => {
    const flat = [line('10. [A](#a)', '9. [A](#a)'), line('  - [B](#b)')];
    expect(keepNested(flat).size).toBe(0);
    const dashes = [line('10. [A](#a)', '9. [A](#a)'), line('- - [B](#b)')];
    expect(keepNested(dashes).size).toBe(0);
    const tab = [line('10. [A](#a)', '9. [A](#a)'), line('\t- [B](#b)')];
    expect(keepNested(tab).size).toBe(0);
  });

  it('indents a new line’s new children, and skips removed lines', () => {
    const added = (text: string): NestingLine => ({ text, removed: false });
    const fresh = [added('10. [A](#a)'), added('   - [B](#b)')];
    expect([...keepNested(fresh)]).toEqual([[1, '    - [B](#b)']]);
    const removed = [{ ...line('10. [A](#a)', '9. [A](#a)'), removed: true }, line('   - [B](#b)')];
    expect(keepNested(removed).size).toBe(0);
  });
});

/**
 * The engine's memos (a GitHub plan re-reads a file that is mostly its base): a remembered
 * answer equals a fresh one, and no two callers share an object one of them might change.
 */
import { describe, expect, it } from 'vitest';
import { itemText, recognise } from '../../../lib/markdown/entry';
import { learnPattern } from '../../../lib/markdown/learn/pattern';
import { learnPatternMemo } from '../../../lib/markdown/learn/pattern-memo';
import { recogniseMemo } from '../../../lib/markdown/recognise-memo';

const item = (line: string) => {
  const text = itemText([line]);
  if (!text) throw new Error(`not an item: ${line}`);
  return text;
};

describe('recogniseMemo', () => {
  it('answers as recognise does, the first time and the next', () => {
    for (const line of [
      '- [GPTQ](https://arxiv.org/abs/2210.17323) - 4-bit weights.',
      '- [ ] [Attention](https://arxiv.org/abs/1706.03762)',
      '1. **[vLLM](https://github.com/vllm-project/vllm)**: serving',
      '- plain prose, no work here',
    ]) {
      const fresh = recognise(item(line));
      expect(recogniseMemo(item(line))).toEqual(fresh);
      expect(recogniseMemo(item(line))).toEqual(fresh);
    }
  });

  it('hands each caller its own capture and shape', () => {
    const line = '- [SparseGPT](https://arxiv.org/abs/2301.00774)';
    const first = recogniseMemo(item(line));
    if (!first) throw new Error('not recognised');
    first.capture.title = 'changed by a caller';
    first.shape.indent = '    ';
    const second = recogniseMemo(item(line));
    expect(second?.capture.title).toBe('SparseGPT');
    expect(second?.shape.indent).toBeUndefined();
  });
});

describe('learnPatternMemo', () => {
  it('answers as learnPattern does, for the same neighbours and pool', () => {
    const neighbours = [
      ['- [A](https://arxiv.org/abs/2101.00001) - Ada, 2021'],
      ['- [B](https://arxiv.org/abs/2101.00002) - Bo, 2021'],
      ['- [C](https://arxiv.org/abs/2101.00003) - Cy, 2021'],
    ];
    const pool = neighbours.map((lines) => lines.join('\n'));
    const fresh = learnPattern(neighbours, pool, false);
    expect(learnPatternMemo(neighbours, pool, false)).toEqual(fresh);
    expect(learnPatternMemo(neighbours, pool, false)).toEqual(fresh);
    // Newest first is another question: its exemplar is the top entry.
    expect(learnPatternMemo(neighbours, pool, true)).toEqual(learnPattern(neighbours, pool, true));
  });
});

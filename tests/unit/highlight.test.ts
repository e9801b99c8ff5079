import { describe, expect, it } from 'vitest';
import { matchRanges } from '../../components/library/Highlight';

describe('search highlights', () => {
  it('marks every occurrence, case-insensitively, merging overlaps', () => {
    expect(matchRanges('Sparse attention, SPARSE kernels', ['sparse'])).toEqual([
      [0, 6],
      [18, 24],
    ]);
    expect(matchRanges('quantization', ['quant', 'anti'])).toEqual([[0, 6]]);
    expect(matchRanges('nothing here', ['zzz', ''])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { choosePrefill, clearlyAhead, MIN_SUGGESTION_SCORE } from '../../lib/topic-prefill';
import type { Topic } from '../../lib/types';

const topic = (path: string): Topic => ({ id: path, listId: 'l', path, order: 0, createdAt: 0 });
const ranked = (...pairs: [string, number][]) =>
  pairs.map(([path, score]) => ({ topic: topic(path), score }));

describe('the prefilled topic', () => {
  it('is the top suggestion when it is strong and well ahead of the second', () => {
    expect(
      choosePrefill(
        ranked(['HCI', 0.5], ['Attention', 0.1]),
        'Attention',
        new Set(['HCI', 'Attention']),
      ),
    ).toEqual({
      path: 'HCI',
      reason: 'suggested',
    });
  });

  it('is the last topic used when the ranking has no clear leader', () => {
    const close = ranked(['HCI', 0.4], ['Vision', 0.35]);
    expect(clearlyAhead(close)).toBe(false);
    expect(choosePrefill(close, 'Attention', new Set(['Attention']))).toEqual({
      path: 'Attention',
      reason: 'last used',
    });
    const weak = ranked(['HCI', MIN_SUGGESTION_SCORE / 2]);
    expect(choosePrefill(weak, 'Attention', new Set(['Attention']))?.reason).toBe('last used');
  });

  it("is never a last topic the chosen list does not have, nor the list's top", () => {
    expect(choosePrefill([], 'Attention', new Set(['Games']))).toBeUndefined();
    expect(choosePrefill([], '', new Set(['']))).toBeUndefined();
    expect(choosePrefill([], undefined, new Set())).toBeUndefined();
  });
});

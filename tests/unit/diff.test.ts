import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffLines, hunks, splitLines } from '../../lib/diff';

function sides(diff: ReturnType<typeof diffLines>) {
  return {
    before: diff.filter((l) => l.type !== 'added').map((l) => l.text),
    after: diff.filter((l) => l.type !== 'removed').map((l) => l.text),
  };
}

describe('diffLines', () => {
  it('shows an inserted line with its line number', () => {
    const diff = diffLines('a\nb\nc\n', 'a\nb\nX\nc\n');
    expect(diff.filter((l) => l.type !== 'same')).toEqual([
      { type: 'added', text: 'X', newLine: 3 },
    ]);
  });

  it('shows removals and replacements', () => {
    const diff = diffLines('a\nb\nc\nd\n', 'a\nc\nD\n');
    expect(diff.filter((l) => l.type !== 'same').map((l) => `${l.type}:${l.text}`)).toEqual([
      'removed:b',
      'removed:d',
      'added:D',
    ]);
  });

  it('handles empty sides and no final newline', () => {
    expect(diffLines('', '')).toEqual([]);
    expect(diffLines('', 'a')).toEqual([{ type: 'added', text: 'a', newLine: 1 }]);
    expect(diffLines('a\nb', '')).toHaveLength(2);
    expect(splitLines('a\n')).toEqual(['a']);
  });

  it('always rebuilds both texts and is minimal for one change', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 30 }),
        fc.array(fc.constantFrom('a', 'b', 'c', 'e'), { maxLength: 30 }),
        (a, b) => {
          const diff = diffLines(a.join('\n'), b.join('\n'));
          const rebuilt = sides(diff);
          expect(rebuilt.before).toEqual(splitLines(a.join('\n')));
          expect(rebuilt.after).toEqual(splitLines(b.join('\n')));
        },
      ),
    );
  });

  // Speed is `npm run bench`'s (diff_20k_lines_ms): here, the answer on a large file.
  it('finds the two changes in a 20,000-line file', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `- line ${i}`);
    const changed = [...lines];
    changed.splice(10_000, 0, '- new');
    changed.splice(500, 1);
    const diff = diffLines(lines.join('\n'), changed.join('\n'));
    expect(diff.filter((l) => l.type !== 'same')).toHaveLength(2);
    expect(diff).toHaveLength(20_001);
  });

  it('hunks keep context and count the lines skipped', () => {
    const before = Array.from({ length: 20 }, (_, i) => `l${i}`).join('\n');
    const after = before.replace('l10', 'L10');
    const shown = hunks(diffLines(before, after), 1);
    expect(
      shown.map((l) => (l.type === 'gap' ? `gap ${l.skipped}` : `${l.type} ${l.text}`)),
    ).toEqual(['gap 9', 'same l9', 'removed l10', 'added L10', 'same l11', 'gap 8']);
  });
});

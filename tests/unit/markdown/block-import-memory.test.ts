/**
 * An import reads block entries (paragraph entries, raw HTML items, details blocks) through
 * the compact line store: it must not make the whole document's Line objects (`doc.lines`),
 * which held a million-line file at 25× its size (line-store.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importList } from '../../../lib/markdown/index';
import { LineStore } from '../../../lib/markdown/line-store';

const LIST = [
  '# Papers',
  '',
  '## Vision',
  '',
  '**Attention Is All You Need**',
  '',
  '- Paper: https://arxiv.org/abs/1706.03762',
  '- Code: https://github.com/tensorflow/tensor2tensor',
  '',
  '**Deep Residual Learning**',
  '',
  '- Paper: https://arxiv.org/abs/1512.03385',
  '- Code: https://github.com/KaimingHe/deep-residual-networks',
  '',
  '## Other',
  '',
  '- <p align="left">',
  '    <a href="https://arxiv.org/abs/2309.11497" title="FreeU">',
  '       <strong>FreeU</strong>',
  '    </a>',
  '</p>',
  '',
  '<details><summary><a href="https://arxiv.org/abs/2402.19481">DistriFusion</a></summary>',
  '',
  'Diffusion is slow.',
  '',
  '</details>',
  '',
].join('\n');

afterEach(() => vi.restoreAllMocks());

describe('import of block entries', () => {
  it('reads line texts from the store, never every Line object', () => {
    const all = vi.spyOn(LineStore.prototype, 'lines');
    const imported = importList(LIST);
    expect(imported.entries.map((entry) => entry.capture.url)).toContain(
      'https://arxiv.org/abs/1512.03385',
    );
    // The front matter reads a first slice (`lines(0, 1001)`); a call for the whole document
    // (no range) would be the regression.
    const whole = all.mock.calls.filter((call) => call.length === 0 || call[1] === undefined);
    expect(whole).toEqual([]);
  });

  it('reads table rows from the store too', () => {
    const all = vi.spyOn(LineStore.prototype, 'lines');
    const table = [
      '## Papers',
      '',
      '| Title | Link |',
      '| --- | --- |',
      '| Attention Is All You Need | [paper](https://arxiv.org/abs/1706.03762) |',
      '',
    ].join('\n');
    expect(importList(table).entries.map((entry) => entry.capture.key)).toEqual([
      'arxiv:1706.03762',
    ]);
    const whole = all.mock.calls.filter((call) => call.length === 0 || call[1] === undefined);
    expect(whole).toEqual([]);
  });
});

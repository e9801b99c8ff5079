/**
 * Raw HTML entries (issue 11 point 4): a line break the neighbours write only to start the
 * next line (`<br/>` before their badges and their note) leaves with what followed it, so
 * a new entry does not end on a `<br/>` right before its `</p>`.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, exportShelf, save, shelfFrom } from './helpers';
import { PUBLISHED_PAPER } from './lists-helpers';

const item = (id: string, title: string, note: string) => [
  '- <p align="left">',
  `    <a href="https://arxiv.org/abs/${id}" title="${title}">`,
  `    <strong>${title}</strong>`,
  '    </a>',
  '    <br/>',
  '    Ada Lovelace, Alan Turing',
  '    <br/>',
  `    <a href="https://arxiv.org/abs/${id}"><img src="https://img.shields.io/badge/arXiv-${id}-red.svg"></a>`,
  '    <br/>',
  `    <strong>Use:</strong> ${note}`,
  '</p>',
  '',
];

const TEXT = [
  '## Vision',
  '',
  ...item('2309.11497', 'FreeU', 'Data augmentation'),
  ...item('2402.19481', 'DistriFusion', 'Weed mapping'),
  ...item('2312.15540', 'Amodal Completion', 'Occlusion'),
].join('\n');

describe('a raw HTML entry', () => {
  it('ends on its last value, not on a break whose line left', () => {
    const shelf = shelfFrom(TEXT);
    save(shelf, 'Vision', { ...PUBLISHED_PAPER, authors: [] });
    expect(addedLines(TEXT, exportShelf(shelf))).toEqual([
      '- <p align="left">',
      '    <a href="https://arxiv.org/abs/1706.03762" title="Attention Is All You Need">',
      '    <strong>Attention Is All You Need</strong>',
      '    </a>',
      '    <br/>',
      '    <a href="https://arxiv.org/abs/1706.03762"><img src="https://img.shields.io/badge/arXiv-1706.03762-red.svg"></a>',
      '</p>',
      '',
    ]);
  });
});

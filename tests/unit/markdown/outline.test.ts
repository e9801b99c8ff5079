/**
 * Headings are kept as numbers (heading-table.ts, outline.ts): an import asks only which
 * topic holds a line, so it makes no Heading or Section object (an object per `##` line of
 * a file of 100,000 held 140× the file). Export asks for them, once, and edits them.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importList } from '../../../lib/markdown/index';
import { Outline } from '../../../lib/markdown/outline';
import { parseDocument } from '../../../lib/markdown/parse';

const LIST = [
  '# Papers',
  '',
  '## Vision',
  '- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)',
  '### Detection',
  '## Vision',
  '- [BERT](https://arxiv.org/abs/1810.04805)',
  '',
].join('\n');

afterEach(() => vi.restoreAllMocks());

describe('the outline', () => {
  it('gives an import its topics without making heading objects', () => {
    const objects = vi.spyOn(Outline.prototype, 'objects');
    const imported = importList(LIST);
    expect(imported.title).toBe('Papers');
    expect(imported.topics).toEqual(['Vision', 'Vision / Detection']);
    expect(imported.entries.map((entry) => entry.topic)).toEqual(['Vision', 'Vision']);
    expect(objects).not.toHaveBeenCalled();
  });

  it('makes the objects once, each section holding its heading', () => {
    const doc = parseDocument(LIST);
    expect(doc.headings).toBe(doc.headings);
    expect(doc.sections.map((section) => section.heading)).toEqual([null, ...doc.headings]);
    doc.sections.slice(1).forEach((section, i) => expect(section.heading).toBe(doc.headings[i]));
    expect(doc.sections.map((section) => [section.start, section.end, section.treeEnd])).toEqual([
      [0, 0, 7],
      [1, 2, 7],
      [3, 4, 5],
      [5, 5, 5],
      [6, 7, 7],
    ]);
  });
});

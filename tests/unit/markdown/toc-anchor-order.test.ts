/**
 * Anchors follow the document's order after an export: GitHub numbers repeated heading
 * anchors from the top (`tools`, `tools-1`, …), so a new heading placed before an old one of
 * the same name takes `tools` and the old one's anchor becomes `tools-1`. The TOC's link to
 * the old heading follows it; nothing else in the file changes.
 */
import { describe, expect, it } from 'vitest';
import { deleteTopic, exportShelf, REPO, save, shelfFrom } from './helpers';

const PAPER = '- [Paper](https://arxiv.org/abs/1706.03762)';

/** The export after deleting `gone` and saving REPO into `topics` (the source round-trips). */
function edited(text: string, topics: string[], gone: string[] = []): string {
  const shelf = shelfFrom(text);
  expect(exportShelf(shelf)).toBe(text);
  for (const path of gone) deleteTopic(shelf, path);
  for (const topic of topics) save(shelf, topic, REPO);
  return exportShelf(shelf);
}

const MARKDOWN = [
  '# L',
  '',
  '- [Vision](#vision)',
  '  - [Detection](#detection)',
  '- [Language](#language)',
  '  - [Tools](#tools)',
  '  - [Tools](#tools-1)',
  '',
  '## Vision',
  '',
  '### Detection',
  '',
  PAPER,
  '',
  '## Language',
  '',
  '### Tools',
  '',
  PAPER.replace('1706.03762', '1810.04805'),
  '',
  '### Tools',
  '',
  PAPER.replace('1706.03762', '2005.14165'),
  '',
].join('\n');

describe('a new heading before an old one of the same name', () => {
  it('takes the first anchor; the old headings’ TOC links move up one number', () => {
    const out = edited(MARKDOWN, ['Vision / Tools']);
    expect(out).toContain(
      [
        '- [Vision](#vision)',
        '  - [Detection](#detection)',
        '  - [Tools](#tools)',
        '- [Language](#language)',
        '  - [Tools](#tools-1)',
        '  - [Tools](#tools-2)',
        '',
      ].join('\n'),
    );
    // Nothing else changed: the old lines are as they were but for the two links.
    const expected = MARKDOWN.replace(
      '  - [Tools](#tools)\n  - [Tools](#tools-1)',
      '  - [Tools](#tools-1)\n  - [Tools](#tools-2)',
    )
      .replace(
        '  - [Detection](#detection)\n',
        '  - [Detection](#detection)\n  - [Tools](#tools)\n',
      )
      .replace(
        '\n## Language',
        '\n### Tools\n\n- [trl](https://github.com/huggingface/trl)\n\n## Language',
      );
    expect(out).toBe(expected);
  });

  it('keeps the case a TOC writes its anchors in', () => {
    const text = MARKDOWN.replace(/\(#([a-z])/g, (_, first: string) => `(#${first.toUpperCase()}`);
    expect(edited(text, ['Vision / Tools'])).toContain(
      '  - [Tools](#Tools)\n- [Language](#Language)\n  - [Tools](#Tools-1)\n  - [Tools](#Tools-2)\n',
    );
  });

  it('gives the later heading its number back when the earlier one goes', () => {
    const text = [
      '# L',
      '',
      '- [Vision](#vision)',
      '  - [Tools](#tools)',
      '- [Language](#language)',
      '  - [Tools](#tools-1)',
      '',
      '## Vision',
      '',
      '### Tools',
      '',
      '## Language',
      '',
      '### Tools',
      '',
      PAPER,
      '',
    ].join('\n');
    expect(edited(text, [], ['Vision / Tools'])).toBe(
      text
        .replace('  - [Tools](#tools)\n', '')
        .replace('(#tools-1)', '(#tools)')
        .replace('### Tools\n\n## Language', '## Language'),
    );
  });

  it('in an HTML TOC too', () => {
    const text = [
      '# L',
      '',
      '<ul>',
      '<li><a href="#vision">Vision</a></li>',
      '<li><a href="#language">Language</a></li>',
      '<li><a href="#tools">Tools</a></li>',
      '</ul>',
      '',
      '## Vision',
      '',
      PAPER,
      '',
      '## Language',
      '',
      PAPER.replace('1706.03762', '1810.04805'),
      '',
      '### Tools',
      '',
      PAPER.replace('1706.03762', '2005.14165'),
      '',
    ].join('\n');
    const out = edited(text, ['Vision / Tools']);
    expect(out).toContain(
      [
        '<li><a href="#vision">Vision</a></li>',
        '<li><a href="#tools">Tools</a></li>',
        '<li><a href="#language">Language</a></li>',
        '<li><a href="#tools-1">Tools</a></li>',
      ].join('\n'),
    );
  });
});

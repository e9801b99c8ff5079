/**
 * Anchors follow the document's order after an export: GitHub numbers repeated heading
 * anchors from the top (`tools`, `tools-1`, …), so a new heading placed before an old one of
 * the same name takes `tools` and the old one's anchor becomes `tools-1`. The TOC's link to
 * the old heading follows it; nothing else in the file changes.
 */
import { describe, expect, it } from 'vitest';
import { retargetLinks } from '../../../lib/markdown/toc-retarget';
import { editedExport } from './helpers';

const PAPER = '- [Paper](https://arxiv.org/abs/1706.03762)';

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
    const out = editedExport(MARKDOWN, { add: ['Vision / Tools'] });
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
    expect(editedExport(text, { add: ['Vision / Tools'] })).toContain(
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
    expect(editedExport(text, { remove: ['Vision / Tools'] })).toBe(
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
    const out = editedExport(text, { add: ['Vision / Tools'] });
    expect(out).toContain(
      [
        '<li><a href="#vision">Vision</a></li>',
        '<li><a href="#tools">Tools</a></li>',
        '<li><a href="#language">Language</a></li>',
        '<li><a href="#tools-1">Tools</a></li>',
      ].join('\n'),
    );
  });

  it('on a line of links, the new link and the old one of the same name each get theirs', () => {
    const text = [
      '# L',
      '',
      '<p align="center">',
      '<a href="#vision">Vision</a> · <a href="#detection">Detection</a> · <a href="#language">Language</a> · <a href="#tools">Tools</a>',
      '</p>',
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
    ].join('\n');
    expect(editedExport(text, { add: ['Vision / Tools'] })).toContain(
      '<a href="#detection">Detection</a> · <a href="#tools">Tools</a> · <a href="#language">Language</a> · <a href="#tools-1">Tools</a>\n',
    );
  });

  it('two new headings of one name, and an old one between them, are numbered in order', () => {
    const text = MARKDOWN.replace('  - [Tools](#tools-1)\n', '').replace(
      '\n### Tools\n\n' + PAPER.replace('1706.03762', '2005.14165') + '\n',
      '',
    );
    expect(editedExport(text, { add: ['Vision / Tools', 'Audio / Tools'] })).toContain(
      [
        '  - [Tools](#tools)',
        '- [Language](#language)',
        '  - [Tools](#tools-1)',
        '- [Audio](#audio)',
        '  - [Tools](#tools-2)',
        '',
      ].join('\n'),
    );
  });
});

describe('retargetLinks', () => {
  const moved = new Map([
    ['tools', 'tools-1'],
    ['工具', '工具-1'],
  ]);

  it('changes the anchor only: case, encoding and the address before `#` stay', () => {
    expect(retargetLinks('  - [Tools](#Tools)', moved)).toBe('  - [Tools](#Tools-1)');
    expect(retargetLinks('- [T](https://github.com/o/r#tools)', moved)).toBe(
      '- [T](https://github.com/o/r#tools-1)',
    );
    expect(retargetLinks('- [工具](#%E5%B7%A5%E5%85%B7)', moved)).toBe(
      '- [工具](#%E5%B7%A5%E5%85%B7-1)',
    );
    expect(retargetLinks('<a href=\'#tools\'>Tools</a> · <a href="#vision">V</a>', moved)).toBe(
      '<a href=\'#tools-1\'>Tools</a> · <a href="#vision">V</a>',
    );
  });
});

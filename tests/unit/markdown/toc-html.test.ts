/**
 * Tables of contents written in HTML (issue 11, point 6): a `<table>` of links, `<ul><li>`
 * lists, a line of links; a new topic gets its row, cell, line or link in its siblings'
 * form, numbered after them, its name HTML-escaped, with GitHub's anchor.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../lib/markdown/parse';
import { findHtmlToc } from '../../../lib/markdown/toc-html';
import { exportShelf, REPO, save, shelfFrom } from './helpers';

const PAPER = '- [Paper](https://arxiv.org/abs/1706.03762)';

/** The export after saving REPO into `topic` (the source round-trips first). */
function saved(text: string, topic: string): string {
  const shelf = shelfFrom(text);
  expect(exportShelf(shelf)).toBe(text);
  save(shelf, topic, REPO);
  return exportShelf(shelf);
}

/** Lines of `out` that are not in `text` (each once), in order. */
function newLines(text: string, out: string): string[] {
  const old = new Set(text.split('\n'));
  return out.split('\n').filter((line) => !old.has(line));
}

const TABLE = [
  '# L',
  '',
  '## [Content](#content)',
  '',
  '<table>',
  '<tr><td colspan="2"><a href="#survey-papers">1. Survey</a></td></tr> ',
  '<tr><td colspan="2"><a href="#models">2. Models</a></td></tr>',
  '<tr>',
  '    <td>&ensp;<a href="#basic-models">2.1 Basic Models</a></td>',
  '    <td>&ensp;<a href="#graph-types">2.2 Graph Types</a></td>',
  '</tr>',
  '<tr>',
  '    <td>&ensp;<a href="#pooling">2.3 Pooling</a></td>',
  '</tr>',
  '</table>',
  '',
  '## [Survey papers](#content)',
  '',
  PAPER,
  '',
  '## [Models](#content)',
  '',
  '### [Basic Models](#content)',
  '',
  PAPER.replace('1706.03762', '1810.04805'),
  '',
  '### [Graph Types](#content)',
  '',
  '### [Pooling](#content)',
  '',
].join('\n');

describe('finding an HTML TOC', () => {
  it('finds a table of in-page links and reads each link’s level from its heading', () => {
    const toc = findHtmlToc(parseDocument(TABLE));
    expect(toc).toMatchObject({ start: 4, end: 15 });
    expect(toc?.links.map((link) => [link.anchor, link.depth])).toEqual([
      ['survey-papers', 1],
      ['models', 1],
      ['basic-models', 2],
      ['graph-types', 2],
      ['pooling', 2],
    ]);
  });

  it('is no TOC when the links lead nowhere in the document or sit in prose', () => {
    const nowhere =
      '# L\n\n<ul>\n<li><a href="#x">X</a></li>\n<li><a href="#y">Y</a></li>\n</ul>\n\n## A\n';
    expect(findHtmlToc(parseDocument(nowhere))).toBeUndefined();
    const prose =
      '# L\n\n<p>See <a href="#a">A</a> and then <a href="#b">B</a> for more.</p>\n\n## A\n\n## B\n';
    expect(findHtmlToc(parseDocument(prose))).toBeUndefined();
  });
});

describe('a new topic in an HTML table TOC', () => {
  it('gets a cell in the last row while it has room, numbered after its siblings', () => {
    const out = saved(TABLE, 'Models / Graph "Nets" & more');
    expect(out).toContain(
      '    <td>&ensp;<a href="#pooling">2.3 Pooling</a></td>\n    <td>&ensp;<a href="#graph-nets--more">2.4 Graph &quot;Nets&quot; &amp; more</a></td>\n</tr>',
    );
  });

  it('gets a new row like the others when the last row is full', () => {
    const full = TABLE.replace(
      '    <td>&ensp;<a href="#pooling">2.3 Pooling</a></td>\n',
      '    <td>&ensp;<a href="#pooling">2.3 Pooling</a></td>\n    <td>&ensp;<a href="#analysis">2.4 Analysis</a></td>\n',
    ).replace('### [Pooling](#content)\n', '### [Pooling](#content)\n\n### Analysis\n');
    const out = saved(full, 'Models / Efficiency');
    expect(out).toContain(
      '</tr>\n<tr>\n    <td>&ensp;<a href="#efficiency">2.5 Efficiency</a></td>\n</tr>\n</table>',
    );
  });

  it('a top-level topic gets a row like the top-level rows, after the last sub-row', () => {
    const out = saved(TABLE, 'Applications');
    expect(newLines(TABLE, out)).toContain(
      '<tr><td colspan="2"><a href="#applications">3. Applications</a></td></tr>',
    );
    expect(out).toContain(
      '2.3 Pooling</a></td>\n</tr>\n<tr><td colspan="2"><a href="#applications">',
    );
  });

  it('the first sub-topic of a topic takes the sub-level form and the parent’s number', () => {
    const out = saved(TABLE, 'Survey papers / Graphs');
    expect(out).toContain(
      '1. Survey</a></td></tr> \n<tr>\n    <td>&ensp;<a href="#graphs">1.1 Graphs</a></td>\n</tr>\n<tr><td colspan="2"><a href="#models">',
    );
  });

  it('a TOC that stops above the new topic’s level gets nothing', () => {
    const out = saved(TABLE, 'Models / Pooling / Deep');
    expect(out).not.toContain('#deep');
    expect(out).toContain('#### Deep');
  });
});

const LIST = [
  '# L',
  '',
  '<details><summary>Contents</summary>',
  '<ul>',
  '<li><a href="#vision">Vision</a>',
  '  <ul>',
  '  <li><a href="#detection">Detection</a></li>',
  '  </ul>',
  '</li>',
  '<li><a href="#language">Language</a>',
  '  <ul>',
  '  <li><a href="#qa">QA</a></li>',
  '  </ul>',
  '</li>',
  '</ul>',
  '</details>',
  '',
  '## Vision',
  '',
  '### Detection',
  '',
  PAPER,
  '',
  '## Language',
  '',
  '### QA',
  '',
].join('\n');

describe('a new topic in an HTML list TOC', () => {
  it('a sub-topic gets an item after its siblings, indented like them', () => {
    const out = saved(LIST, 'Vision / Tracking');
    expect(out).toContain(
      '  <li><a href="#detection">Detection</a></li>\n  <li><a href="#tracking">Tracking</a></li>\n  </ul>',
    );
  });

  it('a top-level topic goes after the last top-level item, not inside its sub-list', () => {
    const out = saved(LIST, 'Audio');
    expect(out).toContain('  </ul>\n</li>\n<li><a href="#audio">Audio</a></li>\n</ul>');
  });
});

describe('a new topic in a line of links', () => {
  it('joins the line after the last link, with the same separator', () => {
    const text = [
      '# L',
      '',
      '<p align="center"><a href="#vision">Vision</a> • <a href="#language">Language</a></p>',
      '',
      '## Vision',
      '',
      PAPER,
      '',
      '## Language',
      '',
    ].join('\n');
    const out = saved(text, 'Audio');
    expect(out).toContain(
      '<p align="center"><a href="#vision">Vision</a> • <a href="#language">Language</a> • <a href="#audio">Audio</a></p>',
    );
  });

  it('a top-level topic goes before the item of trailing matter', () => {
    const text = LIST.replace(
      '</li>\n</ul>\n</details>',
      '</li>\n<li><a href="#license">License</a></li>\n</ul>\n</details>',
    ).concat('## License\n\nMIT\n');
    const out = saved(text, 'Audio');
    expect(out).toContain(
      '<li><a href="#audio">Audio</a></li>\n<li><a href="#license">License</a></li>',
    );
    expect(out.indexOf('## Audio')).toBeLessThan(out.indexOf('## License'));
  });
});

/**
 * An HTML table of contents kept in step with its topics (issue 11, point 6): a deleted
 * topic's cell, item or link leaves it; a new topic's goes right after its last sibling's,
 * before trailing matter or a later year; two new topics on one line of links both appear;
 * numbers that run one after another are numbered again.
 */
import { describe, expect, it } from 'vitest';
import { editedExport } from './helpers';

const PAPER = '- [Paper](https://arxiv.org/abs/1706.03762)';

/** The lines from the first to the last that hold `from` and `to`. */
function between(text: string, from: string, to: string): string {
  return text.slice(text.indexOf(from), text.indexOf(to) + to.length);
}

const TABLE = [
  '# L',
  '',
  '<table>',
  '<tr><td colspan="2"><a href="#vision">1. Vision</a></td></tr>',
  '<tr>',
  '    <td>&ensp;<a href="#2019">1.1 2019</a></td>',
  '    <td>&ensp;<a href="#2021">1.2 2021</a></td>',
  '</tr>',
  '<tr>',
  '    <td>&ensp;<a href="#2022">1.3 2022</a></td>',
  '</tr>',
  '<tr><td colspan="2"><a href="#language">2. Language</a></td></tr>',
  '<tr><td colspan="2"><a href="#license">3. License</a></td></tr>',
  '</table>',
  '',
  '## Vision',
  '',
  '### 2019',
  '',
  PAPER,
  '',
  '### 2021',
  '',
  '### 2022',
  '',
  '## Language',
  '',
  '## License',
  '',
  'MIT',
  '',
].join('\n');

const LIST = [
  '# L',
  '',
  '<ul>',
  '<li><a href="#vision">Vision</a>',
  '  <ul>',
  '  <li><a href="#detection">Detection</a></li>',
  '  </ul>',
  '</li>',
  '<li><a href="#language">Language</a></li>',
  '</ul>',
  '',
  '## Vision',
  '',
  '### Detection',
  '',
  PAPER,
  '',
  '## Language',
  '',
].join('\n');

const LINKS = [
  '# L',
  '',
  '<p align="center"><a href="#vision">Vision</a> • <a href="#language">Language</a> • <a href="#license">License</a></p>',
  '',
  '## Vision',
  '',
  PAPER,
  '',
  '## Language',
  '',
  '## License',
  '',
  'MIT',
  '',
].join('\n');

describe('a deleted topic leaves an HTML TOC', () => {
  it('its cell goes, and the numbers after it close up', () => {
    const out = editedExport(TABLE, { remove: ['Vision / 2021'] });
    expect(between(out, '<table>', '</table>')).toBe(
      [
        '<table>',
        '<tr><td colspan="2"><a href="#vision">1. Vision</a></td></tr>',
        '<tr>',
        '    <td>&ensp;<a href="#2019">1.1 2019</a></td>',
        '</tr>',
        '<tr>',
        '    <td>&ensp;<a href="#2022">1.2 2022</a></td>',
        '</tr>',
        '<tr><td colspan="2"><a href="#language">2. Language</a></td></tr>',
        '<tr><td colspan="2"><a href="#license">3. License</a></td></tr>',
        '</table>',
      ].join('\n'),
    );
  });

  it('a row left without cells goes too; a top-level row takes its sub-rows’ numbers along', () => {
    const out = editedExport(TABLE, { remove: ['Vision / 2022', 'Language'] });
    expect(out).not.toMatch(/#2022|#language/);
    expect(between(out, '1.2 2021</a></td>', '</table>')).toBe(
      '1.2 2021</a></td>\n</tr>\n<tr><td colspan="2"><a href="#license">2. License</a></td></tr>\n</table>',
    );
    const first = editedExport(TABLE, {
      remove: ['Vision / 2019', 'Vision / 2021', 'Vision / 2022', 'Vision'],
    });
    expect(between(first, '<table>', '</table>')).toBe(
      [
        '<table>',
        '<tr><td colspan="2"><a href="#language">1. Language</a></td></tr>',
        '<tr><td colspan="2"><a href="#license">2. License</a></td></tr>',
        '</table>',
      ].join('\n'),
    );
  });

  it('an item goes with its sub-list once every item in it goes', () => {
    const sub = editedExport(LIST, { remove: ['Vision / Detection'] });
    expect(between(sub, '<ul>', '</ul>\n\n')).toBe(
      '<ul>\n<li><a href="#vision">Vision</a>\n</li>\n<li><a href="#language">Language</a></li>\n</ul>\n\n',
    );
    const both = editedExport(LIST, { remove: ['Vision / Detection', 'Vision'] });
    expect(between(both, '<ul>', '</ul>\n\n')).toBe(
      '<ul>\n<li><a href="#language">Language</a></li>\n</ul>\n\n',
    );
  });

  it('a link goes from a line of links with one separator', () => {
    expect(editedExport(LINKS, { remove: ['Language'] })).toContain(
      '<p align="center"><a href="#vision">Vision</a> • <a href="#license">License</a></p>',
    );
    expect(editedExport(LINKS, { remove: ['Vision'] })).toContain(
      '<p align="center"><a href="#language">Language</a> • <a href="#license">License</a></p>',
    );
  });
});

describe('a new topic’s place in an HTML TOC', () => {
  it('a cell goes between the years around it, in rows no wider than the others', () => {
    const out = editedExport(TABLE, { add: ['Vision / 2020'] });
    expect(between(out, '<table>', '</table>')).toBe(
      [
        '<table>',
        '<tr><td colspan="2"><a href="#vision">1. Vision</a></td></tr>',
        '<tr>',
        '    <td>&ensp;<a href="#2019">1.1 2019</a></td>',
        '</tr>',
        '<tr>',
        '    <td>&ensp;<a href="#2020">1.2 2020</a></td>',
        '    <td>&ensp;<a href="#2021">1.3 2021</a></td>',
        '</tr>',
        '<tr>',
        '    <td>&ensp;<a href="#2022">1.4 2022</a></td>',
        '</tr>',
        '<tr><td colspan="2"><a href="#language">2. Language</a></td></tr>',
        '<tr><td colspan="2"><a href="#license">3. License</a></td></tr>',
        '</table>',
      ].join('\n'),
    );
  });

  it('a cell before the first cell of a row fills the row before it while it has room', () => {
    const rows = TABLE.replace(
      '1.1 2019</a></td>\n    <td>&ensp;<a href="#2021">1.2 2021</a></td>\n</tr>\n<tr>\n',
      '1.1 2019</a></td>\n</tr>\n<tr>\n    <td>&ensp;<a href="#2021">1.2 2021</a></td>\n',
    );
    const out = editedExport(rows, { add: ['Vision / 2020'] });
    expect(between(out, '<tr>\n    <td>', '</tr>\n<tr><td colspan="2"><a href="#language">')).toBe(
      [
        '<tr>',
        '    <td>&ensp;<a href="#2019">1.1 2019</a></td>',
        '    <td>&ensp;<a href="#2020">1.2 2020</a></td>',
        '</tr>',
        '<tr>',
        '    <td>&ensp;<a href="#2021">1.3 2021</a></td>',
        '    <td>&ensp;<a href="#2022">1.4 2022</a></td>',
        '</tr>',
        '<tr><td colspan="2"><a href="#language">',
      ].join('\n'),
    );
  });

  it('a top-level row goes before trailing matter, numbered in its place', () => {
    const out = editedExport(TABLE, { add: ['Audio'] });
    expect(between(out, '2. Language', '</table>')).toBe(
      '2. Language</a></td></tr>\n<tr><td colspan="2"><a href="#audio">3. Audio</a></td></tr>\n<tr><td colspan="2"><a href="#license">4. License</a></td></tr>\n</table>',
    );
  });

  it('a link on a line of links goes before trailing matter; two new ones both appear', () => {
    expect(editedExport(LINKS, { add: ['Audio', 'Video'] })).toContain(
      '<a href="#language">Language</a> • <a href="#audio">Audio</a> • <a href="#video">Video</a> • <a href="#license">License</a></p>',
    );
    const plain = LINKS.replace(' • <a href="#license">License</a>', '').replace(
      '## License\n\nMIT\n',
      '',
    );
    expect(editedExport(plain, { add: ['Audio', 'Video'] })).toContain(
      '<a href="#language">Language</a> • <a href="#audio">Audio</a> • <a href="#video">Video</a></p>',
    );
  });

  it('two new years on one numbered line of links each take their place', () => {
    const years = [
      '# L',
      '',
      '<p><a href="#2019">1. 2019</a> | <a href="#2021">2. 2021</a> | <a href="#license">3. License</a></p>',
      '',
      '## 2019',
      '',
      PAPER,
      '',
      '## 2021',
      '',
      '## License',
      '',
    ].join('\n');
    expect(editedExport(years, { add: ['2020', '2022'] })).toContain(
      '<p><a href="#2019">1. 2019</a> | <a href="#2020">2. 2020</a> | <a href="#2021">3. 2021</a> | <a href="#2022">4. 2022</a> | <a href="#license">5. License</a></p>',
    );
  });

  it('a deleted and a new topic on one line of links: one goes, the other comes', () => {
    expect(editedExport(LINKS, { remove: ['Language'], add: ['Audio'] })).toContain(
      '<a href="#vision">Vision</a> • <a href="#audio">Audio</a> • <a href="#license">License</a></p>',
    );
  });

  it('two new cells share a row; numbers continue across them and a deleted cell', () => {
    const out = editedExport(TABLE, { add: ['Vision / 2023', 'Vision / 2024'] });
    expect(between(out, '1.3 2022', '2. Language')).toBe(
      '1.3 2022</a></td>\n    <td>&ensp;<a href="#2023">1.4 2023</a></td>\n</tr>\n<tr>\n    <td>&ensp;<a href="#2024">1.5 2024</a></td>\n</tr>\n<tr><td colspan="2"><a href="#language">2. Language',
    );
    // The row the new cells join keeps its `<tr>` when its own cell goes.
    const gone = editedExport(TABLE, {
      remove: ['Vision / 2022'],
      add: ['Vision / 2023', 'Vision / 2024'],
    });
    expect(between(gone, '1.2 2021', '2. Language')).toBe(
      '1.2 2021</a></td>\n</tr>\n<tr>\n    <td>&ensp;<a href="#2023">1.3 2023</a></td>\n</tr>\n<tr>\n    <td>&ensp;<a href="#2024">1.4 2024</a></td>\n</tr>\n<tr><td colspan="2"><a href="#language">2. Language',
    );
  });
});

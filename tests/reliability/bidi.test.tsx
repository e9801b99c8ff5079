// @vitest-environment jsdom
/**
 * Issue 12.10: bidi controls (a right-to-left override can make a line in a diff read as
 * something else) are never written raw into Markdown, still round-trip, and the pages show
 * them as visible tags.
 */
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { revealBidi } from '../../lib/bidi';
import { exportList, importList } from '../../lib/markdown/index';
import type { Item, StyleName } from '../../lib/types';
import { ItemCard } from '../../components/ItemCard';

const RLO = '\u202e';
const CONTROLS = [
  '\u061c',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  RLO,
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];
const RAW = new RegExp(`[${CONTROLS.join('')}]`);

function page(title: string, note: string): Item {
  return {
    key: 'url:https://example.com/x',
    kind: 'page',
    url: 'https://example.com/x',
    title,
    note,
    status: 'to-read',
    topicIds: [],
    savedAt: 0,
    updatedAt: 0,
  };
}

describe('bidi controls in Markdown', () => {
  it.each<StyleName>(['plain', 'numbered', 'wiki', 'awesome', 'obsidian'])(
    'are escaped in %s export and read back as they were',
    (style) => {
      for (const control of CONTROLS) {
        const title = `Invoice ${control}fdp.exe`;
        const note = `see ${control}here`;
        const text = exportList({
          list: { name: 'L', style },
          topics: [{ path: `Topic ${control}x`, items: [page(title, note)] }],
        });
        expect(text).not.toMatch(RAW);
        expect(text).toContain(`&#${control.codePointAt(0)};`);
        const [entry] = importList(text).entries;
        if (style !== 'obsidian') expect(entry?.capture.title).toBe(title);
        if (style !== 'obsidian') expect(entry?.note).toBe(note);
        expect(entry?.topic).toBe(`Topic ${control}x`);
      }
    },
  );
});

describe('bidi controls on screen', () => {
  it('are shown as tags that cannot reorder the text', () => {
    expect(revealBidi(`abc${RLO}def`)).toBe('abc[U+202E RLO]def');
    expect(revealBidi('plain title')).toBe('plain title');
  });

  it('the item card shows the tag, not the control', () => {
    render(
      <ItemCard
        capture={{ key: 'url:x', kind: 'page', url: 'https://x.org', title: `a${RLO}b` }}
      />,
    );
    const heading = screen.getByRole('heading');
    expect(heading.textContent).toBe('a[U+202E RLO]b');
  });
});

/**
 * Headings inside block quotes (`> ## Note`): GitHub renders them as headings with anchors
 * of their own, numbered with the rest (its TableOfContentsFilter walks every h1–h6 of the
 * page, quoted or not), so they count when a repeated name is numbered. They are no topics
 * (FORMATS.md: topics are the document's headings, and a quote is an aside), so the TOC gets
 * no line for them.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../lib/markdown/parse';
import { documentSlugs, headingAnchors } from '../../../lib/markdown/toc-anchors';
import { exportShelf, REPO, save, shelfFrom } from './helpers';

const PAPER = '- [Paper](https://arxiv.org/abs/1706.03762)';

const TEXT = [
  '# L',
  '',
  '> ## Note',
  '> Papers marked ⭐ are must-reads.',
  '',
  '- [Vision](#vision)',
  '  - [Detection](#detection)',
  '- [Note](#note-1)',
  '',
  '## Vision',
  '',
  '> **Tip**',
  '>',
  '> Audio',
  '> -----',
  '',
  '### Detection',
  '',
  PAPER,
  '',
  '## Note',
  '',
  '> ### Tracking',
  '> See the Vision section.',
  '',
  PAPER.replace('1706.03762', '1810.04805'),
  '',
].join('\n');

/** The export after saving REPO into `topic` (the source round-trips first). */
function saved(topic: string): string {
  const shelf = shelfFrom(TEXT);
  expect(exportShelf(shelf)).toBe(TEXT);
  save(shelf, topic, REPO);
  return exportShelf(shelf);
}

describe('headings in block quotes', () => {
  it('take GitHub anchors in document order, and are no topics', () => {
    const doc = parseDocument(TEXT);
    expect(doc.topics).toEqual(['Vision', 'Vision / Detection', 'Note']);
    // `> ## Note` takes `note`, so the topic `Note` is `note-1`.
    expect(documentSlugs(doc).slugs).toEqual(['l', 'vision', 'detection', 'note-1']);
    expect(headingAnchors(doc).get('note-1')).toBe(3);
    expect(doc.toc).toMatchObject({ start: 5, end: 8 });
  });

  it('count when a new heading after them is numbered', () => {
    // The quoted setext `Audio` in Vision's section is `audio`.
    expect(saved('Audio')).toContain('- [Note](#note-1)\n- [Audio](#audio-1)\n');
  });

  it('after a new heading of their name leave its anchor alone', () => {
    // The new `### Tracking` goes at the end of Vision's section, before the quoted one.
    expect(saved('Vision / Tracking')).toContain(
      '  - [Detection](#detection)\n  - [Tracking](#tracking)\n- [Note](#note-1)\n',
    );
  });
});

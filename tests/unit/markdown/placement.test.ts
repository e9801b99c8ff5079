/**
 * Where a new topic's heading goes (issue 11, point 7): before trailing matter, in year
 * order among year headings; and where a dated item saved into a topic of date sections
 * goes (learn/date-sections.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Capture } from '../../../lib/types';
import { exportShelf, REPO, save, shelfFrom } from './helpers';
import { readList } from './lists-helpers';

const PAPER = '- [Paper](https://arxiv.org/abs/1706.03762)';

/** The headings of the export after saving REPO into `topics`. */
function headingsAfter(text: string, ...topics: string[]): string[] {
  const shelf = shelfFrom(text);
  for (const topic of topics) save(shelf, topic, REPO);
  return exportShelf(shelf)
    .split('\n')
    .filter((line) => line.startsWith('#'));
}

describe('a new topic among its siblings', () => {
  it('keeps the year order of headings that end with trailing matter', () => {
    const text = ['# L', '## 2019', PAPER, '## 2021', PAPER, '## License', 'MIT', ''].join('\n');
    expect(headingsAfter(text, '2020')).toEqual([
      '# L',
      '## 2019',
      '## 2020',
      '## 2021',
      '## License',
    ]);
  });

  it('above the heading that opens the file: no blank line before it, one after', () => {
    const text = ['## 2019', '', PAPER, '', '## 2020', '', PAPER, ''].join('\n');
    const shelf = shelfFrom(text);
    save(shelf, '2018', REPO);
    expect(exportShelf(shelf)).toMatch(/^## 2018\n\n- \[trl\]\(.*\)\n\n## 2019\n/);
  });

  it('goes before trailing matter whose heading is numbered', () => {
    const text = ['# L', '## 1. Vision', PAPER, '## 2. License', 'MIT', ''].join('\n');
    expect(headingsAfter(text, 'Audio')).toEqual([
      '# L',
      '## 1. Vision',
      '## Audio',
      '## 2. License',
    ]);
  });
});

/** A paper known only by its arXiv id (its month) or, without one, by its venue's year. */
function paper(id: string, title: string, venueYear?: number): Capture {
  const capture: Capture = {
    key: `arxiv:${id}`,
    kind: 'paper',
    url: `https://arxiv.org/abs/${id}`,
    title,
    arxiv: { id, version: 1 },
  };
  if (venueYear) {
    capture.key = `url:${title}`;
    capture.url = `https://example.org/${venueYear}`;
    delete capture.arxiv;
    capture.venue = { name: 'ICLR', year: venueYear };
  }
  return capture;
}

/** A log of month headings, newest first, each holding that month's arXiv papers; then years. */
const LOG = [
  '#### 2018-02',
  '',
  '- A [[arXiv](https://arxiv.org/abs/1802.01528)]',
  '- B [[arXiv](https://arxiv.org/abs/1802.01548)]',
  '',
  '#### 2018-01',
  '',
  '- C [[arXiv](https://arxiv.org/abs/1801.10308)]',
  '- D [[arXiv](https://arxiv.org/abs/1801.10198)]',
  '',
  '#### 2017-12 (NIPS Edition)',
  '',
  '- E [[arXiv](https://arxiv.org/abs/1712.09665)]',
  '',
  '#### 2013',
  '',
  '- F [[arXiv](https://arxiv.org/abs/1301.03781)]',
  '',
].join('\n');

/** The export after saving `captures` into `topic`. */
function savedInto(text: string, topic: string, ...captures: Capture[]): string {
  const shelf = shelfFrom(text);
  save(shelf, topic, ...captures);
  return exportShelf(shelf);
}

describe('a dated item saved into a topic of date sections', () => {
  it('goes into the section of its month', () => {
    const out = savedInto(LOG, '', paper('1801.00001', 'New'));
    expect(out).toContain(
      '- D [[arXiv](https://arxiv.org/abs/1801.10198)]\n- New [[arXiv](https://arxiv.org/abs/1801.00001)]\n\n#### 2017-12',
    );
  });

  it('gets a new section named like the others, in their order', () => {
    expect(savedInto(LOG, '', paper('1803.00001', 'March'))).toMatch(
      /^#### 2018-03\n\n- March \[\[arXiv\]\(https:\/\/arxiv\.org\/abs\/1803\.00001\)\]\n\n#### 2018-02\n/,
    );
    expect(savedInto(LOG, '', paper('1711.00001', 'November'))).toMatch(
      /\(NIPS Edition\)\n\n- E .*\n\n#### 2017-11\n\n- November .*\n\n#### 2013\n/,
    );
    // Among the years the log ends with, a year: named like the section nearest its date.
    expect(savedInto(LOG, '', paper('1305.00001', 'May'))).toMatch(
      /#### 2013\n\n- F .*\n- May .*\n$/,
    );
    expect(savedInto(LOG, '', paper('1205.00001', 'Old'))).toMatch(
      /#### 2013\n\n- F .*\n\n#### 2012\n\n- Old .*\n$/,
    );
  });

  it('stays in the topic picked when it has no month, or the list does not file by date', () => {
    const undated = savedInto(LOG, '', REPO, paper('x', 'Venue only', 2018));
    expect(undated.split('\n#### 2018-02')[0]).toContain('- trl');
    expect(undated.split('\n#### 2018-02')[0]).toContain('- Venue only');
    // Read in these months, written long before: the months are when, not what.
    const read = LOG.replace(/18\d\d\.\d{5}|17\d\d\.\d{5}/g, (id) => `15${id.slice(2)}`);
    expect(savedInto(read, '', paper('1801.00001', 'New')).startsWith('- New')).toBe(true);
    // A topic with other sections beside its dates is not a run of dates.
    const mixed = `## About\n\nNotes.\n\n${LOG.replace(/####/g, '##')}`;
    expect(savedInto(mixed, '', paper('1801.00001', 'New')).startsWith('- New')).toBe(true);
  });

  it('goes into its year under a topic of year sections', () => {
    const text = [
      '# L',
      '## Papers',
      '### 2019',
      '- [A](https://arxiv.org/abs/1901.00001)',
      '- [B](https://arxiv.org/abs/1902.00001)',
      '### 2020',
      '- [C](https://arxiv.org/abs/2001.00001)',
      '- [D](https://arxiv.org/abs/2002.00001)',
      '## License',
      '',
    ].join('\n');
    const out = savedInto(
      text,
      'Papers',
      paper('1905.00001', 'Nineteen'),
      paper('2105.00001', 'New'),
    );
    expect(out).toContain(
      '- [B](https://arxiv.org/abs/1902.00001)\n- [Nineteen](https://arxiv.org/abs/1905.00001)\n### 2020',
    );
    expect(out).toContain(
      '- [D](https://arxiv.org/abs/2002.00001)\n### 2021\n- [New](https://arxiv.org/abs/2105.00001)\n## License',
    );
  });

  it('keeps its entry where the file already holds it, whatever its date', () => {
    const shelf = shelfFrom(LOG);
    save(shelf, '', paper('1801.00001', 'New'));
    const out = exportShelf(shelf);
    shelf.list.source = out;
    expect(exportShelf(shelf)).toBe(out);
    // Filed in February though its id says January: saved into the log again, it stays.
    const held = LOG.replace('- B [', '- Held [[arXiv](https://arxiv.org/abs/1801.55555)]\n- B [');
    expect(savedInto(held, '', paper('1801.55555', 'Held'))).toBe(held);
  });

  it('in the real lists: a month of a log filed by date, not a log filed by reading', () => {
    const log = readList('dennybritz-papernotes.md');
    const out = savedInto(log, '', paper('1605.00001', 'New'));
    expect(out).toContain(
      '- Movie Description [[arXiv](http://arxiv.org/abs/1605.03705)]\n- New [[arXiv](https://arxiv.org/abs/1605.00001)]\n',
    );
    const notes = readList('patrick-llgc-paper-notes.md');
    expect(savedInto(notes, '', paper('2604.00001', 'New'))).toContain(
      '\n\n- [New](https://arxiv.org/abs/2604.00001)\n\n## About me\n',
    );
  });
});

/**
 * Golden entries: the seeds' arXiv papers and the saved arXiv abs page, cited, against the
 * entries arXiv's own export writes for them (tests/fixtures/bibtex/README.md).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { citeText } from '../../../lib/bibtex/cite';
import { assignCiteKeys } from '../../../lib/bibtex/keys';
import { readBibtex } from '../../../lib/bibtex/read';
import { arxivAbs } from '../../../lib/sites/arxiv/abs';
import { arxivHtml } from '../../../lib/sites/arxiv/html';
import { parseHtml } from '../../../lib/extractors/fromHtml';
import { importList } from '../../../lib/markdown/index';
import type { ArxivFields, Capture, Item } from '../../../lib/types';
import { readSeed } from '../markdown/helpers';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/bibtex/${name}`, import.meta.url), 'utf8');

function asItem(capture: Capture, savedAt: number): Item {
  return { ...capture, note: '', status: 'to-read', topicIds: [], savedAt, updatedAt: savedAt };
}

function cite(captures: Capture[]): string {
  const items = captures.map((capture, index) => asItem(capture, index));
  const keys = assignCiteKeys(items);
  return items.map((item) => citeText(item, keys.get(item.key) ?? '', item.savedAt)).join('\n');
}

// Parsing a saved page takes seconds on a loaded machine: more than the default 5 s wait.
const PAGE_TEST_MS = 30_000;

describe('arXiv papers in arXiv’s own form', () => {
  test(
    'the saved abs page of 2106.09608v2',
    () => {
      const html = readFileSync(
        new URL('../../fixtures/pages/arxiv-abs-2106.09608v2.html', import.meta.url),
        'utf8',
      );
      const capture = arxivAbs.extract(
        parseHtml(html),
        new URL('https://arxiv.org/abs/2106.09608v2'),
      ) as Capture;
      expect(cite([capture])).toBe(fixture('arxiv-2106.09608.bib'));
    },
    PAGE_TEST_MS,
  );

  test(
    'the saved HTML page of 2501.11120v1: arXiv’s form, less what the page does not say',
    () => {
      const html = readFileSync(
        new URL('../../fixtures/pages/arxiv-html-2501.11120v1.html', import.meta.url),
        'utf8',
      );
      const capture = arxivHtml.extract(
        parseHtml(html),
        new URL('https://arxiv.org/html/2501.11120v1'),
      ) as Capture;
      // arXiv's HTML rendering names no date and no subject: the entry has no `year` and no
      // `primaryClass` until the arXiv API fills them in (the popup asks it for what is missing).
      expect(capture.missing).toEqual(expect.arrayContaining(['date', 'subject']));
      expect(cite([capture])).toBe(fixture('arxiv-2501.11120-html.bib'));
    },
    PAGE_TEST_MS,
  );

  test('the arXiv papers of the obsidian seed, with what the arXiv API lists for them', () => {
    const metadata = JSON.parse(fixture('seed-arxiv.json')) as Record<
      string,
      Omit<ArxivFields, 'id'> & { authors: string[] }
    >;
    const papers = importList(readSeed('obsidian-transformers-note.md'))
      .entries.map((entry) => entry.capture)
      .filter((capture) => capture.arxiv && metadata[capture.arxiv.id]);
    expect(papers.map((paper) => paper.arxiv?.id)).toEqual(Object.keys(metadata));
    const full = papers.map((paper) => {
      const { authors, ...arxiv } = metadata[paper.arxiv?.id ?? ''] ?? { authors: [] };
      return { ...paper, authors, arxiv: { ...paper.arxiv, ...arxiv } } as Capture;
    });
    const text = cite(full);
    expect(text).toBe(fixture('seed-arxiv.bib'));
    // And the parser reads back exactly the fields arXiv's form has (authors apart).
    const read = readBibtex(text);
    expect(read.map((entry) => Object.keys(entry.fields).sort())).toEqual(
      full.map(() => ['archiveprefix', 'doi', 'eprint', 'primaryclass', 'title', 'url', 'year']),
    );
    expect(read.map((entry) => entry.fields.title)).toEqual(full.map((paper) => paper.title));
    expect(read.map((entry) => entry.authors)).toEqual(full.map((paper) => paper.authors));
  });
});

describe('published papers', () => {
  const base: Capture = {
    key: 'arxiv:2106.09608',
    kind: 'paper',
    url: 'https://arxiv.org/abs/2106.09608',
    title: 'Learning Knowledge Graph-based World Models of Textual Environments',
    authors: ['Prithviraj Ammanabrolu', 'Mark O. Riedl'],
    arxiv: { id: '2106.09608', primaryCategory: 'cs.LG', updated: '2021-10-20' },
  };

  test('a conference paper is @inproceedings with booktitle, keeping its eprint', () => {
    const text = citeText(
      {
        ...base,
        doi: '10.5555/3540261.3540491',
        venue: { name: 'NeurIPS', type: 'conference', year: 2021, pages: '3011-3023' },
      },
      'ammanabrolu2021learning',
      0,
    );
    expect(text).toBe(`@inproceedings{ammanabrolu2021learning,
  title={Learning Knowledge Graph-based World Models of Textual Environments},
  author={Prithviraj Ammanabrolu and Mark O. Riedl},
  booktitle={NeurIPS},
  year={2021},
  pages={3011--3023},
  eprint={2106.09608},
  archivePrefix={arXiv},
  primaryClass={cs.LG},
  doi={10.5555/3540261.3540491},
  url={https://arxiv.org/abs/2106.09608}
}
`);
  });

  test('a journal paper is @article with journal, volume, number, pages, publisher', () => {
    const text = citeText(
      {
        key: 'doi:10.1038/nature14539',
        kind: 'paper',
        url: 'https://doi.org/10.1038/nature14539',
        title: 'Deep learning',
        authors: ['Yann LeCun', 'Yoshua Bengio', 'Geoffrey Hinton'],
        doi: '10.1038/nature14539',
        published: '2015-05-27',
        venue: {
          name: 'Nature',
          type: 'journal',
          volume: '521',
          issue: '7553',
          pages: '436–444',
          publisher: 'Springer Nature',
        },
      },
      'lecun2015deep',
      0,
    );
    const [entry] = readBibtex(text);
    expect(entry?.type).toBe('article');
    expect(entry?.fields).toMatchObject({
      journal: 'Nature',
      year: '2015',
      volume: '521',
      number: '7553',
      pages: '436–444',
      publisher: 'Springer Nature',
      doi: '10.1038/nature14539',
    });
    expect(text).toContain('pages={436--444}');
    expect(text).not.toContain('eprint');
  });
});

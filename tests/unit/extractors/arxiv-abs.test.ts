import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { arxivAbs } from '../../../lib/sites/arxiv/abs';
import { githubUrls, subjectCode } from '../../../lib/sites/arxiv/text';
import { parseHtml } from '../../../lib/extractors/fromHtml';
import { isoDate, personName } from '../../../lib/sites/generic/meta';
import type { Capture } from '../../../lib/types';

// jsdom loads on the first parse (seconds on a busy machine): not inside a test's time.
beforeAll(() => {
  parseHtml('<p></p>');
}, 60_000);

const saved = readFileSync(
  new URL('../../fixtures/pages/arxiv-abs-2106.09608v2.html', import.meta.url),
  'utf8',
);

function extract(html: string, href: string): Capture | null {
  return arxivAbs.extract(parseHtml(html), new URL(href)) as Capture | null;
}

describe('arxivAbs', () => {
  test('takes abs pages on arxiv.org and export.arxiv.org only', () => {
    expect(arxivAbs.matches(new URL('https://arxiv.org/abs/2106.09608v2'))).toBe(true);
    expect(arxivAbs.matches(new URL('https://export.arxiv.org/abs/2106.09608'))).toBe(true);
    expect(arxivAbs.matches(new URL('https://arxiv.org/pdf/2106.09608'))).toBe(false);
    expect(arxivAbs.matches(new URL('https://example.org/abs/2106.09608'))).toBe(false);
  });

  test('the saved 2021 page: the fields issue 2 asks for', () => {
    const capture = extract(saved, 'https://arxiv.org/abs/2106.09608v2');
    expect(capture).toMatchObject({
      key: 'arxiv:2106.09608',
      title: 'Learning Knowledge Graph-based World Models of Textual Environments',
      authors: ['Prithviraj Ammanabrolu', 'Mark O. Riedl'],
      arxiv: {
        id: '2106.09608',
        version: 2,
        published: '2021-06-17',
        updated: '2021-10-20',
        primaryCategory: 'cs.LG',
        comments: 'Camera read, in Proceedings of NeurIPS 2021 Main Conference',
      },
    });
    expect(capture?.missing).toBeUndefined();
  });

  test('export.arxiv.org without a version in the URL: version from og:url', () => {
    const capture = extract(saved, 'https://export.arxiv.org/abs/2106.09608');
    expect(capture?.arxiv?.version).toBe(2);
  });

  test('viewing v1 of a two-version paper: the date of v1, not of the last version', () => {
    const v1 = saved.replace(
      'https://arxiv.org/abs/2106.09608v2"',
      'https://arxiv.org/abs/2106.09608v1"',
    );
    const capture = extract(v1, 'https://arxiv.org/abs/2106.09608v1');
    expect(capture?.arxiv).toMatchObject({ version: 1, updated: '2021-06-17' });
  });

  test('no meta tags at all: the URL id plus the title the page has, and what is missing', () => {
    const html =
      '<html><head><title>[2301.00001] NFTrig</title></head><body><h1 class="title">NFTrig</h1></body></html>';
    expect(extract(html, 'https://arxiv.org/abs/2301.00001v1')).toEqual({
      key: 'arxiv:2301.00001',
      kind: 'paper',
      url: 'https://arxiv.org/abs/2301.00001',
      title: 'NFTrig',
      pageTitle: '[2301.00001] NFTrig',
      arxiv: { id: '2301.00001', version: 1, pdfUrl: 'https://arxiv.org/pdf/2301.00001v1' },
      missing: ['authors', 'abstract', 'date', 'subject'],
    });
  });

  test('declines a page without its marker (error page, redesign)', () => {
    const html =
      '<html><head><title>arXiv error</title></head><body><p>Article not found</p></body></html>';
    expect(extract(html, 'https://arxiv.org/abs/2106.09608')).toBeNull();
    expect(extract(saved, 'https://arxiv.org/abs/not-an-id')).toBeNull();
  });
});

describe('helpers', () => {
  test.each([
    ['Vaswani, Ashish', 'Ashish Vaswani'],
    ['Riedl, Mark O.', 'Mark O. Riedl'],
    ['King, Jr., Martin Luther', 'Martin Luther King Jr.'],
    ['King, Martin Luther, III', 'Martin Luther King III'],
    ['Prabhat', 'Prabhat'],
    ['ATLAS Collaboration', 'ATLAS Collaboration'],
    ['  van der Berg ,  Pieter ', 'Pieter van der Berg'],
  ])('personName(%j) = %j', (input, output) => {
    expect(personName(input)).toBe(output);
  });

  test.each([
    ['2021/06/17', '2021-06-17'],
    ['2021-06-17T15:45:54Z', '2021-06-17'],
    ['17 Jun 2021', '2021-06-17'],
    ['Thu, 17 Jun 2021 15:45:54 UTC (400 KB)', '2021-06-17'],
    ['31 December, 2022', '2022-12-31'],
    ['not a date', undefined],
    ['2021/13/01', undefined],
  ])('isoDate(%j) = %j', (input, output) => {
    expect(isoDate(input)).toBe(output);
  });

  test('githubUrls: repo roots from links and bare text, deduplicated, punctuation trimmed', () => {
    expect(
      githubUrls(
        'Code: github.com/Org/Repo. Also https://github.com/org/repo/tree/main/src, and https://github.com/someone',
        ['https://github.com/other/tool#readme', 'https://sites.google.com/view/x'],
      ),
    ).toEqual([
      'https://github.com/other/tool',
      'https://github.com/Org/Repo',
      'https://github.com/someone',
    ]);
  });

  test('subjectCode', () => {
    expect(subjectCode('Machine Learning (cs.LG)')).toBe('cs.LG');
    expect(subjectCode(' Quantum Physics (quant-ph) ')).toBe('quant-ph');
    expect(subjectCode('cs.IR')).toBe('cs.IR');
    expect(subjectCode('Machine Learning')).toBeUndefined();
  });
});

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { arxivHtml, latexmlAuthors } from '../../../lib/sites/arxiv/html';
import { parseHtml } from '../../../lib/extractors/fromHtml';
import type { Capture } from '../../../lib/types';

// jsdom loads on the first parse (seconds on a busy machine): not inside a test's time.
beforeAll(() => {
  parseHtml('<p></p>');
}, 60_000);

const saved = parseHtml(
  readFileSync(
    new URL('../../fixtures/pages/arxiv-html-2501.11120v1.html', import.meta.url),
    'utf8',
  ),
);

describe('arxivHtml', () => {
  test('title from h1.ltx_title_document, id and version from the URL, the rest left to the API', () => {
    const capture = arxivHtml.extract(
      saved,
      new URL('https://arxiv.org/html/2501.11120v1#S2'),
    ) as Capture;
    expect(capture).toMatchObject({
      key: 'arxiv:2501.11120',
      title: 'Tell me about yourself: LLMs are aware of their learned behaviors',
      arxiv: { id: '2501.11120', version: 1 },
      missing: ['abstract', 'date', 'subject'],
    });
  });

  test('one personname holding every author (ICML template): names without affiliation marks', () => {
    expect(latexmlAuthors(saved)).toEqual([
      'Jan Betley',
      'Xuchan Bao',
      'Martín Soto',
      'Anna Sztyber-Betley',
      'James Chua',
      'Owain Evans',
    ]);
  });

  test('no author block: no authors, and they are listed as missing', () => {
    const doc = parseHtml('<h1 class="ltx_title ltx_title_document">A Title</h1>');
    const capture = arxivHtml.extract(doc, new URL('https://arxiv.org/html/2402.00001')) as Capture;
    expect(capture.authors).toBeUndefined();
    expect(capture.missing).toContain('authors');
  });

  test('declines pages without the LaTeXML title (e.g. "HTML is not available")', () => {
    const doc = parseHtml('<title>HTML not available</title><p>No HTML for this paper.</p>');
    expect(arxivHtml.extract(doc, new URL('https://arxiv.org/html/2402.00001v1'))).toBeNull();
  });
});

/**
 * PDF tabs of the scholarly sites give only the key; after the save, each site's source
 * completes the record from its documented machine-readable answer (recorded answers in
 * tests/fixtures/api, written from each format). A 429, a 500, garbage or a timeout changes
 * nothing but what the answer would have added.
 */
import { describe, expect, it } from 'vitest';
import { captureFromUrl } from '../../../extension/tab-capture';
import { entryText } from '../../../lib/sites/pmlr/source';
import { aclIdOf, aclShortVenue } from '../../../lib/sites/acl/source';
import { parseCrossrefWork } from '../../../lib/sites/doi/crossref';
import { parseRxivDetails } from '../../../lib/sites/biorxiv/api';
import { enrichCapture } from '../../../lib/sources';
import type { Capture } from '../../../lib/types';
import { apiFixture, clockedCache, type Reply, scriptedFetch } from './fakes';

function pdfCapture(url: string): Capture {
  const capture = captureFromUrl(url, 'paper.pdf');
  if (!capture) throw new Error(`no capture for ${url}`);
  return capture;
}

async function enrich(capture: Capture, ...replies: Reply[]) {
  const clock = clockedCache();
  const fetch = scriptedFetch(...replies);
  const result = await enrichCapture(capture, {
    fetch,
    cache: clock.cache,
    now: clock.now,
    timeoutMs: 50,
  });
  return { result, fetch, clock };
}

describe('a PDF tab is completed by its site’s source', () => {
  it('runs where the MV3 background runs: without a DOM', () => {
    expect((globalThis as { DOMParser?: unknown }).DOMParser).toBeUndefined();
  });

  it('OpenReview: API v2 note → title, authors, abstract, keywords, venue, date', async () => {
    const capture = pdfCapture('https://openreview.net/pdf?id=nZeVKeeFYf9');
    expect(capture).toMatchObject({ key: 'openreview:nZeVKeeFYf9', title: 'paper.pdf' });
    const { result, fetch } = await enrich(capture, {
      body: apiFixture('openreview-notes-v2.json'),
    });
    expect(fetch.calls).toEqual(['https://api2.openreview.net/notes?id=nZeVKeeFYf9']);
    expect(result).toEqual({
      key: 'openreview:nZeVKeeFYf9',
      kind: 'paper',
      url: 'https://openreview.net/forum?id=nZeVKeeFYf9',
      title: 'Sparse Retrievers Learn to Forget',
      authors: ['Adaeze Okafor', 'Mateo Ruiz Calderón'],
      abstract: 'Sparse retrievers forget what they index & we measure how fast. We propose a fix.',
      published: '2024-01-18',
      venue: { name: 'ICLR', type: 'conference', year: 2024, source: 'page' },
      keywords: ['retrieval', 'sparsity', 'continual learning'],
    });
  });

  it('OpenReview: a note only API v1 holds (venues before 2023)', async () => {
    const capture = pdfCapture('https://openreview.net/pdf?id=r1xMH1BtvB');
    const { result, fetch } = await enrich(
      capture,
      { body: apiFixture('openreview-notes-empty.json') },
      { body: apiFixture('openreview-notes-v1.json') },
    );
    expect(fetch.calls).toEqual([
      'https://api2.openreview.net/notes?id=r1xMH1BtvB',
      'https://api.openreview.net/notes?id=r1xMH1BtvB',
    ]);
    expect(result).toMatchObject({
      title: 'Budgeted Attention for Long Documents',
      authors: ['Ingrid Solberg', 'Kwame Mensah'],
      published: '2019-09-25',
      venue: { name: 'ICLR', year: 2020 },
    });
    expect(result.missing).toBeUndefined();
  });

  it('ACL Anthology: the paper’s .bib → fields, short venue, DOI; one call', async () => {
    const capture = pdfCapture('https://aclanthology.org/2023.acl-long.412.pdf');
    expect(capture.key).toBe('doi:10.18653/v1/2023.acl-long.412');
    const { result, fetch } = await enrich(capture, {
      body: apiFixture('acl-2023.acl-long.412.bib'),
    });
    expect(fetch.calls).toEqual(['https://aclanthology.org/2023.acl-long.412.bib']);
    expect(result).toMatchObject({
      key: 'doi:10.18653/v1/2023.acl-long.412',
      title: 'Parsing the Unparsable: Robust Dependency Parsing for Code-Switched Text',
      authors: ['Beatriz Ferreira', 'Adaeze Okonkwo', 'Jörg Müller'],
      abstract: 'Code-switched text breaks parsers. We show how to make them robust.',
      published: '2023-07',
      doi: '10.18653/v1/2023.acl-long.412',
      venue: {
        name: 'ACL',
        type: 'conference',
        year: 2023,
        pages: '7412-7428',
        publisher: 'Association for Computational Linguistics',
      },
    });
    expect(result.missing).toBeUndefined();
  });

  it('ACL ids from URLs and from the ACL’s DOIs', () => {
    expect(
      aclIdOf({ key: 'doi:10.18653/v1/p19-1001', url: 'https://doi.org/10.18653/v1/p19-1001' }),
    ).toBe('P19-1001');
    expect(aclIdOf({ key: 'x', url: 'https://aclanthology.org/2020.findings-emnlp.139/' })).toBe(
      '2020.findings-emnlp.139',
    );
    expect(aclIdOf({ key: 'doi:10.1145/1', url: 'https://doi.org/10.1145/1' })).toBeUndefined();
    expect(aclShortVenue('2020.findings-emnlp.139')).toBe('Findings of EMNLP');
    expect(aclShortVenue('P19-1001')).toBeUndefined();
  });

  it('PMLR: the paper’s entry in its volume’s BibTeX', async () => {
    const capture = pdfCapture('https://proceedings.mlr.press/v202/kowalczyk23a/kowalczyk23a.pdf');
    const { result, fetch } = await enrich(capture, {
      body: apiFixture('pmlr-v202-bibliography.bib'),
    });
    expect(fetch.calls).toEqual(['https://proceedings.mlr.press/v202/assets/bib/bibliography.bib']);
    expect(result).toMatchObject({
      key: 'url:https://proceedings.mlr.press/v202/kowalczyk23a.html',
      title: 'Calibrated Ensembles under Distribution Shift',
      authors: ['Zofia Kowalczyk', 'Hiroshi Tanaka', 'Lucía Núñez'],
      published: '2023',
      venue: { name: 'ICML', volume: '202', pages: '17520-17541', publisher: 'PMLR', year: 2023 },
    });
    expect(result.abstract).toMatch(/^Ensembles are calibrated in distribution; we keep them/);
    expect(result.missing).toBeUndefined();
  });

  it('PMLR: only the asked entry is cut out of the volume', () => {
    const bib = apiFixture('pmlr-v202-bibliography.bib');
    const entry = entryText(bib, 'pmlr-v202-kowalczyk23a') ?? '';
    expect(entry).toMatch(/^@InProceedings\{pmlr-v202-kowalczyk23a,/);
    expect(entry).not.toContain('zhou23b');
    expect(entryText(bib, 'pmlr-v202-missing23a')).toBeUndefined();
  });

  it('NeurIPS: the paper’s -Bibtex.bib; the venue is NeurIPS of the URL’s year', async () => {
    const capture = pdfCapture(
      'https://papers.nips.cc/paper/2017/file/3f5ee243547dee91fbd053c1c4a845aa-Paper.pdf',
    );
    const { result, fetch } = await enrich(capture, {
      body: apiFixture('neurips-2017-bibtex.bib'),
    });
    expect(fetch.calls).toEqual([
      'https://proceedings.neurips.cc/paper_files/paper/2017/file/3f5ee243547dee91fbd053c1c4a845aa-Bibtex.bib',
    ]);
    expect(result).toMatchObject({
      title: 'Attention is All you Need',
      published: '2017',
      venue: { name: 'NeurIPS', type: 'conference', year: 2017, volume: '30' },
    });
    expect(result.authors).toHaveLength(8);
    expect(result.authors?.[6]).toBe('Łukasz Kaiser');
    // The proceedings' BibTeX has no abstract: that is all that stays missing.
    expect(result.missing).toEqual(['abstract']);
  });

  it('bioRxiv: the version the URL names, the first version’s date, the journal DOI', async () => {
    const capture = pdfCapture(
      'https://www.biorxiv.org/content/10.1101/2023.03.14.532541v1.full.pdf',
    );
    expect(capture.version).toBe(1);
    const { result, fetch } = await enrich(capture, { body: apiFixture('biorxiv-details.json') });
    expect(fetch.calls).toEqual([
      'https://api.biorxiv.org/details/biorxiv/10.1101/2023.03.14.532541',
    ]);
    expect(result).toMatchObject({
      key: 'doi:10.1101/2023.03.14.532541',
      version: 1,
      title: 'Single-cell atlas of the regenerating axolotl limb',
      authors: ['A. Okonkwo', 'M. E. Lindqvist', 'B. Ferreira'],
      published: '2023-03-16',
      doi: '10.1038/s41556-023-01234-5',
    });
    expect(result.missing).toBeUndefined();
    // Without a version, the newest.
    const newest = parseRxivDetails(JSON.parse(apiFixture('biorxiv-details.json')));
    expect(newest?.title).toBe('A single-cell atlas of the regenerating axolotl limb');
    expect(newest?.abstract).toBe('We map the regenerating limb, cell by cell, in vivo .');
  });

  it('medRxiv asks its own server; a DOI of neither asks both, then Crossref', async () => {
    const med = pdfCapture(
      'https://www.medrxiv.org/content/10.1101/2024.02.20.24303081v2.full.pdf',
    );
    const { fetch } = await enrich(med, { body: apiFixture('biorxiv-details.json') });
    expect(fetch.calls[0]).toBe(
      'https://api.biorxiv.org/details/medrxiv/10.1101/2024.02.20.24303081',
    );
    const bare = pdfCapture('https://doi.org/10.1101/2024.02.20.24303081');
    const asked = await enrich(
      bare,
      { body: apiFixture('biorxiv-details-none.json') },
      { body: apiFixture('biorxiv-details-none.json') },
      { status: 404, body: 'Resource not found.' },
    );
    expect(asked.fetch.calls).toEqual([
      'https://api.biorxiv.org/details/biorxiv/10.1101/2024.02.20.24303081',
      'https://api.biorxiv.org/details/medrxiv/10.1101/2024.02.20.24303081',
      'https://api.crossref.org/works/10.1101/2024.02.20.24303081',
    ]);
    expect(asked.result.title).toBe(bare.title);
  });

  it('a publisher’s PDF: Crossref’s work → fields, venue, plain-text abstract', async () => {
    const capture = pdfCapture('https://dl.acm.org/doi/pdf/10.1145/3368089.3409743');
    const { result, fetch } = await enrich(capture, { body: apiFixture('crossref-work.json') });
    expect(fetch.calls).toEqual(['https://api.crossref.org/works/10.1145/3368089.3409743']);
    expect(result).toMatchObject({
      key: 'doi:10.1145/3368089.3409743',
      title: 'Finding Flaky Tests Before They Fail',
      authors: ['Leila Haddad', 'Pieter van der Berg', 'The Flaky Test Consortium'],
      abstract: 'Flaky tests waste time & trust. We find them before they fail.',
      published: '2020-11-08',
      venue: {
        type: 'conference',
        year: 2020,
        pages: '1572-1584',
        publisher: 'Association for Computing Machinery',
        source: 'crossref',
      },
    });
    expect(result.missing).toBeUndefined();
  });

  it('Crossref answers that are not a work are no work', () => {
    expect(parseCrossrefWork({ status: 'failed', message: [] })).toBeUndefined();
    expect(parseCrossrefWork({ status: 'ok', message: { title: [] } })).toBeUndefined();
    expect(parseCrossrefWork('Resource not found.')).toBeUndefined();
    expect(
      parseCrossrefWork({
        status: 'ok',
        message: { title: ['A preprint'], type: 'posted-content', 'container-title': [] },
      }),
    ).toEqual({ title: 'A preprint' });
  });

  it('a page that gave everything asks nobody', async () => {
    const full: Capture = {
      key: 'openreview:nZeVKeeFYf9',
      kind: 'paper',
      url: 'https://openreview.net/forum?id=nZeVKeeFYf9',
      title: 'T',
      authors: ['A'],
      abstract: 'B',
      published: '2024',
    };
    const { result, fetch } = await enrich(full, { status: 500 });
    expect(fetch.calls).toEqual([]);
    expect(result).toEqual(full);
  });

  it('a second save of the same PDF reads the cached answer', async () => {
    const clock = clockedCache();
    const fetch = scriptedFetch({ body: apiFixture('crossref-work.json') });
    const capture = pdfCapture('https://www.science.org/doi/pdf/10.1126/science.abb2507');
    const deps = { fetch, cache: clock.cache, now: clock.now, timeoutMs: 50 };
    await enrichCapture(capture, deps);
    await enrichCapture(capture, deps);
    expect(fetch.calls).toHaveLength(1);
  });
});

describe('a failing source changes nothing but what it would have added', () => {
  const cases: [string, string][] = [
    ['OpenReview', 'https://openreview.net/pdf?id=nZeVKeeFYf9'],
    ['ACL Anthology', 'https://aclanthology.org/2023.acl-long.412.pdf'],
    ['PMLR', 'https://proceedings.mlr.press/v202/kowalczyk23a/kowalczyk23a.pdf'],
    [
      'NeurIPS',
      'https://proceedings.neurips.cc/paper_files/paper/2023/file/0a1b2c3d4e5f60718293a4b5c6d7e8f9-Paper-Conference.pdf',
    ],
    ['bioRxiv', 'https://www.biorxiv.org/content/10.1101/2023.03.14.532541v2.full.pdf'],
    ['Crossref', 'https://link.springer.com/content/pdf/10.1007/s11926-017-0626-z.pdf'],
  ];
  const failures: [string, Reply][] = [
    ['429', { status: 429, headers: { 'retry-after': '30' } }],
    ['500', { status: 500, body: 'Internal Server Error' }],
    ['garbage', { body: '<html><body>Just a moment…</body></html>' }],
    ['a timeout', 'hang'],
  ];

  for (const [site, url] of cases) {
    it.each(failures)(`${site}: %s`, async (_name, reply) => {
      const capture = pdfCapture(url);
      const { result } = await enrich(capture, reply);
      const { notes, ...rest } = result;
      expect(rest).toEqual(capture);
      expect(result.missing).toEqual(['title', 'authors', 'abstract', 'date']);
      expect(notes?.length).toBeGreaterThan(0);
    });
  }
});

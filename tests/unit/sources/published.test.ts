import { describe, expect, it } from 'vitest';
import { fetchDblpPublished, parseDblpSearch } from '../../../lib/sites/dblp/api';
import { fetchS2Published, parseS2Paper } from '../../../lib/sites/semanticscholar/api';
import {
  lookUpPublished,
  mergePublished,
  publishedVersionSource,
} from '../../../lib/sites/semanticscholar/source';
import { enrichCapture } from '../../../lib/sources';
import type { Capture } from '../../../lib/types';
import { apiFixture, clockedCache, type Reply, scriptedFetch } from './fakes';

const LORA = 'LoRA: Low-Rank Adaptation of Large Language Models';

function setup(...replies: Reply[]) {
  const clock = clockedCache();
  const fetch = scriptedFetch(...replies);
  const deps = { fetch, cache: clock.cache, now: clock.now, timeoutMs: 50 };
  return { clock, fetch, deps };
}

/** An arXiv capture the arXiv API has nothing to add to: only this source wants it. */
function arxivCapture(id: string, title: string): Capture {
  return {
    key: `arxiv:${id}`,
    kind: 'paper',
    url: `https://arxiv.org/abs/${id}`,
    title,
    authors: ['Edward J. Hu'],
    abstract: 'An abstract.',
    arxiv: { id, version: 2, published: '2021-06-17', primaryCategory: 'cs.CL' },
  };
}

describe('Semantic Scholar Graph API', () => {
  it('asks for the paper by arXiv id with the fields it reads', async () => {
    const { fetch, deps } = setup({ body: apiFixture('s2-paper-1706.03762.json') });
    const result = await fetchS2Published('1706.03762', deps);
    expect(fetch.calls).toEqual([
      'https://api.semanticscholar.org/graph/v1/paper/arXiv:1706.03762?fields=venue,publicationVenue,year,externalIds,citationCount,journal,publicationTypes',
    ]);
    expect(result).toEqual({
      ok: true,
      value: {
        venue: {
          name: 'NeurIPS',
          type: 'conference',
          year: 2017,
          pages: '5998-6008',
          source: 'semantic-scholar',
        },
        doi: '10.5555/3295222.3295349',
        citationCount: 131245,
      },
    });
  });

  it('a paper only on arXiv has no venue and no publisher DOI', () => {
    expect(parseS2Paper(JSON.parse(apiFixture('s2-paper-preprint.json')))).toEqual({
      citationCount: 3,
    });
  });

  it('a journal keeps volume and pages; a workshop is a workshop', () => {
    expect(
      parseS2Paper({
        paperId: 'x',
        venue: 'Nature Communications',
        publicationVenue: { name: 'Nature Communications', type: 'journal', alternate_names: [] },
        journal: { name: 'Nature Communications', volume: '12', pages: '4102' },
        year: '2021',
      }),
    ).toEqual({
      venue: {
        name: 'Nature Communications',
        type: 'journal',
        year: 2021,
        volume: '12',
        pages: '4102',
        source: 'semantic-scholar',
      },
    });
    expect(
      parseS2Paper({ paperId: 'x', venue: 'Workshop on Efficient NLP', year: 2023 })?.venue,
    ).toEqual({
      name: 'Workshop on Efficient NLP',
      type: 'workshop',
      year: 2023,
      source: 'semantic-scholar',
    });
  });

  it('what is not a paper object is not an answer', () => {
    expect(parseS2Paper('Too Many Requests')).toBeUndefined();
    expect(parseS2Paper([])).toBeUndefined();
    expect(parseS2Paper({ message: 'Internal server error' })).toBeUndefined();
  });
});

describe('DBLP search', () => {
  it('searches by title and skips the CoRR entry and other titles', async () => {
    const { fetch, deps } = setup({ body: apiFixture('dblp-search-lora.json') });
    const result = await fetchDblpPublished('2106.09685', LORA, deps);
    expect(fetch.calls).toEqual([
      'https://dblp.org/search/publ/api?q=lora%20low%20rank%20adaptation%20of%20large%20language%20models&format=json&h=30',
    ]);
    expect(result).toEqual({
      ok: true,
      value: { venue: { name: 'ICLR', type: 'conference', year: 2022, source: 'dblp' } },
    });
  });

  it('drops a volume number from the venue, keeps a journal issue, lower-cases the DOI', () => {
    const hit = (info: object) => ({ result: { hits: { hit: { info } } } });
    expect(
      parseDblpSearch(
        hit({
          title: 'A B.',
          venue: 'ACL (1)',
          year: '2023',
          type: 'Conference and Workshop Papers',
          doi: '10.18653/V1/2023.ACL-LONG.1',
        }),
        'A b',
      ),
    ).toEqual({
      venue: { name: 'ACL', type: 'conference', year: 2023, source: 'dblp' },
      doi: '10.18653/v1/2023.acl-long.1',
    });
    expect(
      parseDblpSearch(
        hit({
          title: 'A B.',
          venue: 'J. Mach. Learn. Res.',
          volume: '21',
          number: '140',
          pages: '1-67',
          year: '2020',
          type: 'Journal Articles',
        }),
        'A b',
      )?.venue,
    ).toEqual({
      name: 'J. Mach. Learn. Res.',
      type: 'journal',
      year: 2020,
      volume: '21',
      issue: '140',
      pages: '1-67',
      source: 'dblp',
    });
  });

  it('no hits is no published version; another format is not an answer', () => {
    expect(parseDblpSearch({ result: { hits: { '@total': '0' } } }, LORA)).toEqual({});
    expect(parseDblpSearch({ error: 'x' }, LORA)).toBeUndefined();
  });
});

describe('published-version look-up', () => {
  it('Semantic Scholar answers: DBLP is not asked', async () => {
    const { fetch, deps } = setup({ body: apiFixture('s2-paper-1706.03762.json') });
    const result = await lookUpPublished('1706.03762', 'Attention Is All You Need', deps);
    expect(fetch.calls).toHaveLength(1);
    expect(result.ok && result.value.venue?.name).toBe('NeurIPS');
  });

  it('a preprint in Semantic Scholar: the venue from DBLP, the count from Semantic Scholar', async () => {
    const { fetch, deps } = setup(
      { body: apiFixture('s2-paper-preprint.json') },
      { body: apiFixture('dblp-search-lora.json') },
    );
    const result = await lookUpPublished('2106.09685', LORA, deps);
    expect(fetch.calls.map((url) => new URL(url).host)).toEqual([
      'api.semanticscholar.org',
      'dblp.org',
    ]);
    expect(result).toEqual({
      ok: true,
      value: {
        venue: { name: 'ICLR', type: 'conference', year: 2022, source: 'dblp' },
        citationCount: 3,
      },
    });
  });

  it('a 429 from Semantic Scholar falls back to DBLP and pauses Semantic Scholar', async () => {
    const { fetch, deps } = setup(
      { status: 429, headers: { 'retry-after': '120' } },
      { body: apiFixture('dblp-search-lora.json') },
    );
    const first = await lookUpPublished('2106.09685', LORA, deps);
    expect(first.ok && first.value.venue?.source).toBe('dblp');
    const again = await lookUpPublished('2106.09686', LORA, deps);
    // Semantic Scholar is not asked again within its pause; DBLP answers from its search.
    expect(fetch.calls.filter((url) => url.includes('semanticscholar'))).toHaveLength(1);
    expect(again.ok).toBe(true);
  });

  it('answers are cached per paper', async () => {
    const { fetch, deps } = setup({ body: apiFixture('s2-paper-1706.03762.json') });
    await lookUpPublished('1706.03762', 'Attention Is All You Need', deps);
    const cached = await lookUpPublished('1706.03762', 'Attention Is All You Need', deps);
    expect(fetch.calls).toHaveLength(1);
    expect(cached.ok && cached.value.citationCount).toBe(131245);
  });
});

describe('published-version enrichment', () => {
  it('fills venue, publisher DOI and citations of an arXiv paper', async () => {
    const { deps } = setup({ body: apiFixture('s2-paper-1706.03762.json') });
    const capture = arxivCapture('1706.03762', 'Attention Is All You Need');
    expect(publishedVersionSource.wants(capture)).toBe(true);
    const enriched = await enrichCapture(capture, deps);
    expect(enriched).toEqual({
      ...capture,
      venue: {
        name: 'NeurIPS',
        type: 'conference',
        year: 2017,
        pages: '5998-6008',
        source: 'semantic-scholar',
      },
      doi: '10.5555/3295222.3295349',
      citations: { count: 131245, checkedAt: '2026-11-22' },
    });
  });

  it.each<[string, Reply[]]>([
    ['429s', [{ status: 429 }]],
    ['500s', [{ status: 500 }]],
    ['garbage', [{ body: '<html>oops</html>' }]],
    ['JSON of another shape', [{ body: '{"data": []}' }]],
    ['no answer in time', ['hang']],
  ])('both APIs answering %s change nothing but a note', async (_what, replies) => {
    const { deps } = setup(...replies);
    const capture = arxivCapture('2106.09685', LORA);
    const enriched = await enrichCapture(capture, deps);
    const { notes, ...rest } = enriched;
    expect(rest).toEqual(capture);
    expect(notes).toHaveLength(1);
    expect(notes?.[0]).toMatch(/api\.semanticscholar\.org.*; .*dblp\.org/);
  });

  it('a venue the page gave and a known DOI stay; the count is refreshed', () => {
    const capture: Capture = {
      ...arxivCapture('1706.03762', 'Attention Is All You Need'),
      venue: { name: 'NIPS', year: 2017, source: 'page' },
      doi: '10.1000/known',
      citations: { count: 5, checkedAt: '2020-01-01' },
    };
    const merged = mergePublished(capture, {
      ...capture,
      venue: { name: 'NeurIPS', source: 'semantic-scholar' },
      doi: '10.5555/other',
      citations: { count: 9, checkedAt: '2026-11-22' },
    });
    expect(merged.venue?.name).toBe('NIPS');
    expect(merged.doi).toBe('10.1000/known');
    expect(merged.citations).toEqual({ count: 9, checkedAt: '2026-11-22' });
  });

  it('only arXiv papers without a venue are looked up', () => {
    const capture = arxivCapture('1706.03762', 'Attention');
    expect(publishedVersionSource.wants({ ...capture, venue: { name: 'NeurIPS' } })).toBe(false);
    const { arxiv: _arxiv, ...page } = capture;
    expect(publishedVersionSource.wants({ ...page, key: 'url:https://x.org' })).toBe(false);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import { decodeXml, fetchArxivPaper, parseArxivFeed } from '../../../lib/sites/arxiv/api';
import type { FetchLike } from '../../../lib/sources/http';
import { enrichCapture, mergeCaptures, type SourceCache } from '../../../lib/sources/index';
import type { Capture } from '../../../lib/types';

const api = (name: string) =>
  readFileSync(new URL(`../../fixtures/api/${name}`, import.meta.url), 'utf8');

function answering(status: number, body: string): FetchLike & { calls: string[] } {
  const calls: string[] = [];
  const fake = async (url: string) => {
    calls.push(url);
    return new Response(body, { status });
  };
  return Object.assign(fake, { calls });
}

const isArxivApi = (url: string) => new URL(url).host === 'export.arxiv.org';

/** A fetch that never answers but gives up when aborted, like the real one. */
const hanging: FetchLike = (_url, init) =>
  new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () =>
      reject(new DOMException('aborted', 'AbortError')),
    );
  });

describe('parseArxivFeed', () => {
  test('reads an entry: authors in order, dates, version, subject, comment, DOI, PDF, code', () => {
    const result = parseArxivFeed(api('arxiv-2106.09608.xml'), '2106.09608');
    expect(result).toEqual({
      ok: true,
      value: {
        key: 'arxiv:2106.09608',
        kind: 'paper',
        url: 'https://arxiv.org/abs/2106.09608',
        title: 'Learning Knowledge Graph-based World Models of Textual Environments',
        authors: ['Prithviraj Ammanabrolu', 'Mark O. Riedl'],
        abstract:
          "World models improve a learning agent's ability to efficiently operate in interactive and situated environments. This work focuses on the task of building world models of text-based game environments & their <actions>.",
        arxiv: {
          id: '2106.09608',
          version: 2,
          published: '2021-06-17',
          updated: '2021-10-20',
          pdfUrl: 'https://arxiv.org/pdf/2106.09608v2',
          primaryCategory: 'cs.LG',
          comments:
            'Camera read, in Proceedings of NeurIPS 2021 Main Conference. Code: https://github.com/rajammanabrolu/WorldGeneration',
          doi: '10.5555/neurips.2021.3011',
        },
        // The journal DOI is the work's DOI too (Capture.doi), in lower case.
        doi: '10.5555/neurips.2021.3011',
        codeUrls: ['https://github.com/rajammanabrolu/WorldGeneration'],
      },
    });
  });

  test('old-style ids, CDATA and character references', () => {
    const result = parseArxivFeed(api('arxiv-hep-th-9901001.xml'), 'hep-th/9901001');
    expect(result.ok && result.value).toMatchObject({
      key: 'arxiv:hep-th/9901001',
      title: 'Notes on Boundary States in String Field Theory',
      abstract: 'We discuss boundary states — and their “gluing”.',
      arxiv: { id: 'hep-th/9901001', version: 1, primaryCategory: 'hep-th' },
    });
  });

  test("the API's error entry is an error value", () => {
    expect(parseArxivFeed(api('arxiv-error-bad-id.xml'), '2106.99999')).toEqual({
      ok: false,
      error: 'arXiv API: incorrect id format for 2106.99999',
    });
  });

  test('no entry: unknown id', () => {
    const result = parseArxivFeed(api('arxiv-empty.xml'), '2106.99998');
    expect(result).toEqual({ ok: false, error: 'arXiv API does not know arXiv:2106.99998' });
  });

  test('garbage is an error value, not an exception', () => {
    expect(parseArxivFeed('<html>Rate exceeded.</html>', '2106.09608').ok).toBe(false);
    expect(parseArxivFeed('', '2106.09608').ok).toBe(false);
    expect(parseArxivFeed('<feed><entry><id>nonsense</id></entry>', '2106.09608').ok).toBe(false);
  });

  test('decodeXml leaves unknown entities alone', () => {
    expect(decodeXml('a &amp; b &nbsp; &#65;&#x42; &#0;')).toBe('a & b &nbsp; AB &#0;');
  });
});

describe('fetchArxivPaper', () => {
  test('asks the API for the id without version', async () => {
    const fetch = answering(200, api('arxiv-2106.09608.xml'));
    const result = await fetchArxivPaper('2106.09608v2', { fetch });
    expect(result.ok).toBe(true);
    expect(fetch.calls).toEqual([
      'https://export.arxiv.org/api/query?id_list=2106.09608&max_results=1',
    ]);
  });

  test('429: one attempt, an error value naming the status', async () => {
    const fetch = answering(429, 'Rate exceeded.');
    const result = await fetchArxivPaper('2106.09608', { fetch });
    expect(result).toMatchObject({ ok: false, status: 429 });
    expect(fetch.calls).toHaveLength(1);
  });

  test('500: retried once, then an error value', async () => {
    const fetch = answering(500, 'oops');
    const result = await fetchArxivPaper('2106.09608', { fetch });
    expect(result).toMatchObject({ ok: false, status: 500 });
    expect(fetch.calls).toHaveLength(2);
  });

  test('a 200 with garbage is an error value', async () => {
    const result = await fetchArxivPaper('2106.09608', { fetch: answering(200, '{"not":"atom"}') });
    expect(result.ok).toBe(false);
  });

  test('timeout: gives up after the timeout (and one retry)', async () => {
    vi.useFakeTimers();
    try {
      const pending = fetchArxivPaper('2106.09608', { fetch: hanging });
      await vi.advanceTimersByTimeAsync(10_000);
      const result = await pending;
      expect(result).toEqual({
        ok: false,
        error: 'export.arxiv.org did not answer within 5 s',
      });
    } finally {
      vi.useRealTimers();
    }
  });

  test('not an id: no request at all', async () => {
    const fetch = answering(200, '');
    expect((await fetchArxivPaper('not-an-id', { fetch })).ok).toBe(false);
    expect(fetch.calls).toHaveLength(0);
  });
});

const htmlPageCapture: Capture = {
  key: 'arxiv:2106.09608',
  kind: 'paper',
  url: 'https://arxiv.org/abs/2106.09608',
  title: 'Learning Knowledge Graph-based World Models of Textual Environments',
  pageTitle: 'Learning Knowledge Graph-based World Models',
  authors: ['Prithviraj Ammanabrolu Georgia Tech'],
  arxiv: { id: '2106.09608', version: 1, pdfUrl: 'https://arxiv.org/pdf/2106.09608v1' },
  missing: ['abstract', 'date', 'subject'],
};

describe('enrichCapture', () => {
  test('fills what the page lacked; keeps the page version and its own date', async () => {
    const fetch = answering(200, api('arxiv-2106.09608.xml'));
    const enriched = await enrichCapture(htmlPageCapture, { fetch });
    expect(enriched).toMatchObject({
      title: htmlPageCapture.title,
      pageTitle: htmlPageCapture.pageTitle,
      // An HTML page's LaTeXML author block gives way to the API's list.
      authors: ['Prithviraj Ammanabrolu', 'Mark O. Riedl'],
      arxiv: {
        id: '2106.09608',
        version: 1,
        published: '2021-06-17',
        pdfUrl: 'https://arxiv.org/pdf/2106.09608v1',
        primaryCategory: 'cs.LG',
      },
      codeUrls: ['https://github.com/rajammanabrolu/WorldGeneration'],
    });
    // The API's `updated` is v2's date: not the date of the v1 the page showed.
    expect(enriched.arxiv?.updated).toBeUndefined();
    expect(enriched.missing).toBeUndefined();
    expect(enriched.abstract).toMatch(/^World models/);
  });

  test('a complete capture does not call the API', async () => {
    const fetch = answering(200, api('arxiv-2106.09608.xml'));
    const complete: Capture = {
      ...htmlPageCapture,
      abstract: 'x',
      arxiv: { id: '2106.09608', published: '2021-06-17', primaryCategory: 'cs.LG' },
    };
    const { notes: _notes, ...enriched } = await enrichCapture(complete, { fetch });
    expect(enriched).toEqual(complete);
    // Only the arXiv API is this test's: the published-version look-up asks other hosts.
    expect(fetch.calls.filter(isArxivApi)).toHaveLength(0);
  });

  test.each([
    ['429', answering(429, 'Rate exceeded.'), 'export.arxiv.org answered 429'],
    ['500', answering(500, ''), 'export.arxiv.org answered 500'],
    ['garbage', answering(200, 'garbage'), 'arXiv API answered something that is not Atom'],
    [
      'unknown id',
      answering(200, api('arxiv-empty.xml')),
      'arXiv API does not know arXiv:2106.09608',
    ],
  ])('%s: the capture as it was, with missing and a note', async (_name, fetch, note) => {
    const enriched = await enrichCapture(htmlPageCapture, { fetch });
    expect(enriched.title).toBe(htmlPageCapture.title);
    expect(enriched.missing).toEqual(['abstract', 'date', 'subject']);
    // The arXiv API's note comes first; the published-version look-up adds its own after.
    expect(enriched.notes?.[0]).toEqual(note);
  });

  test('a fetch that throws synchronously still gives the capture back', async () => {
    const fetch: FetchLike = () => {
      throw new Error('boom');
    };
    const enriched = await enrichCapture(htmlPageCapture, { fetch });
    expect(enriched.notes?.[0]).toMatch(/boom/);
  });

  test('answers are cached per paper; a cached answer needs no network', async () => {
    const store = new Map<string, unknown>();
    const cache: SourceCache = {
      get: async (key) => store.get(key),
      set: async (key, value) => {
        store.set(key, value);
      },
    };
    const first = answering(200, api('arxiv-2106.09608.xml'));
    await enrichCapture(htmlPageCapture, { fetch: first, cache });
    expect([...store.keys()]).toContain('arxiv-api:2106.09608');
    const second = answering(500, '');
    const enriched = await enrichCapture(htmlPageCapture, { fetch: second, cache });
    expect(second.calls.filter(isArxivApi)).toHaveLength(0);
    expect(enriched.arxiv?.primaryCategory).toBe('cs.LG');
  });
});

describe('mergeCaptures', () => {
  test('the page wins where it has a value; links and notes are united', () => {
    const merged = mergeCaptures(
      {
        ...htmlPageCapture,
        abstract: 'page abstract',
        codeUrls: ['https://github.com/a/b'],
        notes: ['n1'],
      },
      {
        key: 'arxiv:2106.09608',
        kind: 'paper',
        url: 'https://arxiv.org/abs/2106.09608',
        title: 'API title',
        abstract: 'api abstract',
        authors: ['A B'],
        arxiv: { id: '2106.09608', version: 1, updated: '2021-06-17' },
        codeUrls: ['https://github.com/a/b', 'https://github.com/c/d'],
        notes: ['n2'],
      },
    );
    expect(merged.title).toBe(htmlPageCapture.title);
    expect(merged.abstract).toBe('page abstract');
    expect(merged.authors).toEqual(htmlPageCapture.authors);
    expect(merged.arxiv).toMatchObject({ version: 1, updated: '2021-06-17' });
    expect(merged.codeUrls).toEqual(['https://github.com/a/b', 'https://github.com/c/d']);
    expect(merged.notes).toEqual(['n1', 'n2']);
  });
});

describe('mergeCaptures with a stand-in title', () => {
  test("the API's title replaces one the page marked missing (a PDF tab)", () => {
    const merged = mergeCaptures(
      {
        key: 'arxiv:2106.09608',
        kind: 'paper',
        url: 'https://arxiv.org/abs/2106.09608',
        title: 'https://arxiv.org/abs/2106.09608',
        arxiv: { id: '2106.09608', version: 2 },
        missing: ['title'],
      },
      {
        key: 'arxiv:2106.09608',
        kind: 'paper',
        url: 'https://arxiv.org/abs/2106.09608',
        title: 'API title',
        arxiv: { id: '2106.09608', version: 2 },
      },
    );
    expect(merged.title).toBe('API title');
    expect(merged.missing).toBeUndefined();
  });
});

/** CITATION.cff: read through GitHub's contents API, cached, never in the way. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cffWork } from '../../../lib/bibtex/cff';
import { fetchPreferredCitation } from '../../../lib/bibtex/cff-fetch';
import { citeText } from '../../../lib/bibtex/cite';
import { preferredCitations } from '../../../lib/bibtex/preferred';
import { readBibtex } from '../../../lib/bibtex/read';
import type { Capture } from '../../../lib/types';
import { clockedCache, scriptedFetch } from '../sources/fakes';

const cff = readFileSync(new URL('../../fixtures/bibtex/CITATION.cff', import.meta.url), 'utf8');
const REPO = { owner: 'vllm-project', name: 'vllm' };
const URL_ = 'https://github.com/vllm-project/vllm';
/** The contents API's answer for a file: its bytes in base64 (documented format). */
const contents = JSON.stringify({
  type: 'file',
  encoding: 'base64',
  name: 'CITATION.cff',
  path: 'CITATION.cff',
  content: Buffer.from(cff, 'utf8')
    .toString('base64')
    .replace(/(.{60})/g, '$1\n'),
});

const repo: Capture = {
  key: 'github:vllm-project/vllm',
  kind: 'repo',
  url: URL_,
  title: 'vllm',
  repo: REPO,
  description: 'A high-throughput and memory-efficient inference engine',
};

describe('cffWork', () => {
  test('the preferred citation, as @inproceedings', () => {
    const work = cffWork(cff, URL_);
    expect(work).toMatchObject({
      title: 'Efficient Memory Management for Large Language Model Serving with PagedAttention',
      authors: ['Woosuk Kwon', 'Zhuohan Li', 'Ion Stoica'],
      year: 2023,
      doi: '10.1145/3600006.3613165',
      venue: {
        name: 'Proceedings of the 29th Symposium on Operating Systems Principles',
        type: 'conference',
        pages: '611-626',
        publisher: 'ACM',
      },
    });
    const text = citeText(repo, 'kwon2023efficient', 0, { preferred: work });
    const [entry] = readBibtex(text);
    expect(entry?.type).toBe('inproceedings');
    expect(entry?.fields.booktitle).toBe(
      'Proceedings of the 29th Symposium on Operating Systems Principles',
    );
    expect(text).toContain('pages={611--626}');
  });

  test('without a preferred citation, the software itself; broken YAML cites the repo', () => {
    const software = cff.slice(0, cff.indexOf('preferred-citation:'));
    expect(cffWork(software, URL_)).toMatchObject({
      title: 'vllm',
      authors: ['Woosuk Kwon', { literal: 'The vLLM Team' }],
      year: 2024,
      version: '0.6.0',
      url: URL_,
    });
    expect(cffWork('title: [unclosed', URL_)).toBeUndefined();
    expect(cffWork('title: no authors', URL_)).toBeUndefined();
  });
});

describe('fetchPreferredCitation', () => {
  test('asks the contents API once, then answers from the cache', async () => {
    const fetch = scriptedFetch({ body: contents });
    const clock = clockedCache();
    const deps = { fetch, cache: clock.cache, now: clock.now };
    expect((await fetchPreferredCitation(REPO, URL_, deps))?.year).toBe(2023);
    expect((await fetchPreferredCitation(REPO, URL_, deps))?.year).toBe(2023);
    expect(fetch.calls).toEqual([
      'https://api.github.com/repos/vllm-project/vllm/contents/CITATION.cff',
    ]);
    expect((await fetchPreferredCitation(REPO, URL_, { ...deps, cacheOnly: true }))?.year).toBe(
      2023,
    );
  });

  test('no file is remembered; a hanging or limited API gives no citation, fast', async () => {
    const missing = scriptedFetch({ status: 404, body: '{"message":"Not Found"}' });
    const clock = clockedCache();
    const deps = { fetch: missing, cache: clock.cache, now: clock.now };
    expect(await fetchPreferredCitation(REPO, URL_, deps)).toBeUndefined();
    expect(await fetchPreferredCitation(REPO, URL_, deps)).toBeUndefined();
    expect(missing.calls).toHaveLength(1);

    // The hanging fetch only ends when its signal aborts: an answer at all is the timeout at work.
    const hanging = scriptedFetch('hang');
    expect(
      await fetchPreferredCitation(REPO, URL_, { fetch: hanging, timeoutMs: 50 }),
    ).toBeUndefined();

    const limited = scriptedFetch({ status: 403, headers: { 'retry-after': '60' } });
    expect(await fetchPreferredCitation(REPO, URL_, { fetch: limited })).toBeUndefined();
    // Cache only: nothing cached, nothing asked.
    const quiet = scriptedFetch({ body: contents });
    expect(
      await fetchPreferredCitation(REPO, URL_, { fetch: quiet, cacheOnly: true }),
    ).toBeUndefined();
    expect(quiet.calls).toHaveLength(0);
  });

  test('preferredCitations asks only for repositories', async () => {
    const fetch = scriptedFetch({ body: contents });
    const page: Capture = {
      key: 'url:https://e.org',
      kind: 'page',
      url: 'https://e.org',
      title: 'e',
    };
    const found = await preferredCitations([repo, page], { fetch });
    expect([...found.keys()]).toEqual([repo.key]);
    expect(fetch.calls).toHaveLength(1);
  });
});

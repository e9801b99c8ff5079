import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../lib/sources/cached-json';
import { enrichGithubRepo, fetchGithubRepo, fillRepoGaps } from '../../../lib/sites/github/api';
import type { Capture } from '../../../lib/types';
import { apiFixture, clockedCache, scriptedFetch } from './fakes';

const OK = { status: 200, body: apiFixture('github-repo.json') };

function setup(...replies: Parameters<typeof scriptedFetch>) {
  const clock = clockedCache();
  const fetch = scriptedFetch(...replies);
  return { clock, fetch, deps: { fetch, cache: clock.cache, now: clock.now, timeoutMs: 50 } };
}

describe('fetchGithubRepo', () => {
  it('reads stars, topics, language, license, homepage and description', async () => {
    const { fetch, deps } = setup(OK);
    const result = await fetchGithubRepo('steventroughtonsmith', 'marzipanify', deps);
    expect(fetch.calls).toEqual(['https://api.github.com/repos/steventroughtonsmith/marzipanify']);
    expect(result).toEqual({
      ok: true,
      value: {
        owner: 'steventroughtonsmith',
        name: 'marzipanify',
        stars: 971,
        topics: ['ios', 'macos', 'marzipan', 'catalyst'],
        language: 'Objective-C',
        license: 'Unlicense',
        homepage: 'https://example.org/marzipanify',
        description:
          'Convert an iOS Simulator app bundle to an iOSMac (Marzipan) one (Unsupported & undocumented, WIP)',
      },
    });
  });

  it('answers from the cache within a day and asks again after', async () => {
    const { clock, fetch, deps } = setup(OK);
    await fetchGithubRepo('SteventRoughtonSmith', 'Marzipanify', deps);
    clock.advance(DAY_MS - 1000);
    const cached = await fetchGithubRepo('steventroughtonsmith', 'marzipanify', deps);
    expect(cached.ok).toBe(true);
    expect(fetch.calls).toHaveLength(1);
    clock.advance(2000);
    await fetchGithubRepo('steventroughtonsmith', 'marzipanify', deps);
    expect(fetch.calls).toHaveLength(2);
  });

  it('ignores a stale entry even from a cache that keeps everything', async () => {
    const { clock, fetch } = setup(OK);
    const map = new Map<string, unknown>();
    const deps = {
      fetch,
      now: clock.now,
      cache: {
        get: async (key: string) => map.get(key),
        set: async (key: string, value: unknown) => void map.set(key, value),
      },
    };
    await fetchGithubRepo('a', 'b', deps);
    clock.advance(DAY_MS + 1);
    await fetchGithubRepo('a', 'b', deps);
    expect(fetch.calls).toHaveLength(2);
  });

  it('after a 403 with a spent quota, makes no call before x-ratelimit-reset', async () => {
    const { clock, fetch, deps } = setup(
      {
        status: 403,
        body: '{"message":"API rate limit exceeded for 198.51.100.7."}',
        headers: {
          'x-ratelimit-limit': '60',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(clock0() / 1000 + 1800),
        },
      },
      OK,
    );
    const first = await fetchGithubRepo('a', 'b', deps);
    expect(first).toMatchObject({ ok: false, status: 403 });
    expect(first.ok || first.error).toContain('rate limited until 10:30 UTC');
    expect(fetch.calls).toHaveLength(1); // 403 is not retried

    clock.advance(29 * 60 * 1000);
    const waiting = await fetchGithubRepo('other', 'repo', deps);
    expect(waiting.ok || waiting.error).toContain('asked to wait until 10:30 UTC');
    expect(fetch.calls).toHaveLength(1);

    clock.advance(61 * 1000);
    expect((await fetchGithubRepo('other', 'repo', deps)).ok).toBe(true);
    expect(fetch.calls).toHaveLength(2);
  });

  it('after a 429, waits retry-after seconds', async () => {
    const { clock, fetch, deps } = setup({ status: 429, headers: { 'retry-after': '120' } }, OK);
    expect((await fetchGithubRepo('a', 'b', deps)).ok).toBe(false);
    clock.advance(119 * 1000);
    expect((await fetchGithubRepo('a', 'b', deps)).ok).toBe(false);
    expect(fetch.calls).toHaveLength(1);
    clock.advance(2000);
    expect((await fetchGithubRepo('a', 'b', deps)).ok).toBe(true);
  });

  it('a 403 with quota left (a secondary limit) backs off a minute, not until the reset', async () => {
    const { clock, fetch, deps } = setup(
      {
        status: 403,
        headers: {
          'x-ratelimit-remaining': '41',
          'x-ratelimit-reset': String(clock0() / 1000 + 3000),
        },
      },
      OK,
    );
    await fetchGithubRepo('a', 'b', deps);
    clock.advance(61 * 1000);
    expect((await fetchGithubRepo('a', 'b', deps)).ok).toBe(true);
    expect(fetch.calls).toHaveLength(2);
  });

  it('a 403 that names no time backs off for a minute', async () => {
    const { clock, fetch, deps } = setup({ status: 403 }, OK);
    await fetchGithubRepo('a', 'b', deps);
    clock.advance(59 * 1000);
    await fetchGithubRepo('a', 'b', deps);
    expect(fetch.calls).toHaveLength(1);
    clock.advance(2000);
    expect((await fetchGithubRepo('a', 'b', deps)).ok).toBe(true);
  });

  it('retries a 500 once', async () => {
    const { fetch, deps } = setup({ status: 500 }, OK);
    expect((await fetchGithubRepo('a', 'b', deps)).ok).toBe(true);
    expect(fetch.calls).toHaveLength(2);
  });

  it('gives up after the second 500, as a value', async () => {
    const { fetch, deps } = setup({ status: 502 });
    expect(await fetchGithubRepo('a', 'b', deps)).toMatchObject({ ok: false, status: 502 });
    expect(fetch.calls).toHaveLength(2);
  });

  it('reports garbage as an error and does not cache it', async () => {
    const { fetch, deps } = setup({ body: '<html>Unicorn!</html>' }, { body: '{"message":"hi"}' });
    expect(await fetchGithubRepo('a', 'b', deps)).toMatchObject({ ok: false });
    const second = await fetchGithubRepo('a', 'b', deps);
    expect(second.ok || second.error).toBe('api.github.com answered something unexpected');
    expect(fetch.calls).toHaveLength(2);
  });

  it('times out (twice: one retry) and says so', async () => {
    const { fetch, deps } = setup('hang');
    const result = await fetchGithubRepo('a', 'b', deps);
    expect(result.ok || result.error).toContain('did not answer');
    expect(fetch.calls).toHaveLength(2);
  });

  it('a failing cache only costs a network call', async () => {
    const fetch = scriptedFetch(OK);
    const broken = {
      get: async () => {
        throw new Error('quota');
      },
      set: async () => {
        throw new Error('quota');
      },
    };
    expect((await fetchGithubRepo('a', 'b', { fetch, cache: broken })).ok).toBe(true);
  });
});

describe('enrichGithubRepo', () => {
  const fromPage: Capture = {
    key: 'github:steventroughtonsmith/marzipanify',
    kind: 'repo',
    url: 'https://github.com/steventroughtonsmith/marzipanify',
    title: 'steventroughtonsmith/marzipanify',
    pageTitle: 'GitHub - steventroughtonsmith/marzipanify',
    repo: {
      owner: 'steventroughtonsmith',
      name: 'marzipanify',
      stars: 964,
      language: 'Objective-C',
    },
    missing: ['description'],
  };

  it('fills only the gaps: the page wins where it had a value', async () => {
    const { deps } = setup(OK);
    const { capture, error } = await enrichGithubRepo(fromPage, deps);
    expect(error).toBeUndefined();
    expect(capture.repo).toEqual({
      owner: 'steventroughtonsmith',
      name: 'marzipanify',
      stars: 964,
      language: 'Objective-C',
      topics: ['ios', 'macos', 'marzipan', 'catalyst'],
      license: 'Unlicense',
      homepage: 'https://example.org/marzipanify',
    });
    expect(capture.description).toMatch(/^Convert an iOS Simulator/);
    expect(capture.pageTitle).toMatch(/^GitHub - steventroughtonsmith\/marzipanify: Convert/);
    expect(capture.missing).toBeUndefined();
  });

  it('keeps the capture as it was when the API fails', async () => {
    const { deps } = setup({ status: 429 });
    const { capture, error } = await enrichGithubRepo(fromPage, deps);
    expect(capture).toBe(fromPage);
    expect(error).toContain('429');
  });

  it('leaves captures without a repo alone, without a call', async () => {
    const { fetch, deps } = setup(OK);
    const page: Capture = {
      key: 'url:https://x.org',
      kind: 'page',
      url: 'https://x.org',
      title: 'x',
    };
    expect((await enrichGithubRepo(page, deps)).capture).toBe(page);
    expect(fetch.calls).toHaveLength(0);
  });

  it('a capture from a bare URL gets everything the API has', () => {
    const bare: Capture = { ...fromPage, repo: { owner: 'a', name: 'b' }, pageTitle: undefined };
    const filled = fillRepoGaps(bare, { owner: 'a', name: 'b', stars: 1, description: 'd' });
    expect(filled.repo).toEqual({ owner: 'a', name: 'b', stars: 1 });
    expect(filled.pageTitle).toBe('GitHub - a/b: d');
  });

  it('links a repo whose website is an arXiv page to that paper', () => {
    const filled = fillRepoGaps(
      { ...fromPage, paperIds: undefined },
      { owner: 'a', name: 'b', homepage: 'https://arxiv.org/abs/2106.09685v2' },
    );
    expect(filled.paperIds).toEqual(['2106.09685']);
  });
});

function clock0(): number {
  return Date.UTC(2026, 10, 22, 10, 0);
}

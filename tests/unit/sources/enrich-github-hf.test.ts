// The GitHub and Hugging Face branches of enrichCapture (lib/sources/index.ts).
import { describe, expect, it } from 'vitest';
import { enrichCapture } from '../../../lib/sources/index';
import type { Capture } from '../../../lib/types';
import { apiFixture, clockedCache, scriptedFetch } from './fakes';

const bareRepo: Capture = {
  key: 'github:steventroughtonsmith/marzipanify',
  kind: 'repo',
  url: 'https://github.com/steventroughtonsmith/marzipanify',
  title: 'steventroughtonsmith/marzipanify',
  repo: { owner: 'steventroughtonsmith', name: 'marzipanify' },
  missing: ['description', 'stars'],
};

const bareModel: Capture = {
  key: 'hf:model:huypd1508/wav2vec2-t5-vietnamese',
  kind: 'model',
  url: 'https://huggingface.co/huypd1508/wav2vec2-t5-Vietnamese',
  title: 'huypd1508/wav2vec2-t5-Vietnamese',
  hub: { type: 'model', id: 'huypd1508/wav2vec2-t5-Vietnamese', owner: 'huypd1508' },
};

describe('enrichCapture for GitHub and Hugging Face', () => {
  it('fills a repo saved from a bare URL', async () => {
    const clock = clockedCache();
    const fetch = scriptedFetch({ body: apiFixture('github-repo.json') });
    const enriched = await enrichCapture(bareRepo, { fetch, cache: clock.cache, now: clock.now });
    expect(enriched.repo?.stars).toBe(971);
    expect(enriched.repo?.topics).toEqual(['ios', 'macos', 'marzipan', 'catalyst']);
    expect(enriched.description).toMatch(/^Convert/);
    expect(enriched.missing).toBeUndefined();
    expect(enriched.notes).toBeUndefined();
  });

  it('does not call GitHub for a repo whose page gave everything', async () => {
    const fetch = scriptedFetch({ body: apiFixture('github-repo.json') });
    const full: Capture = {
      ...bareRepo,
      description: 'd',
      repo: {
        owner: 'steventroughtonsmith',
        name: 'marzipanify',
        stars: 1,
        language: 'C',
        license: 'MIT',
      },
      missing: undefined,
    };
    expect(await enrichCapture(full, { fetch })).toEqual(full);
    expect(fetch.calls).toHaveLength(0);
  });

  it('keeps the page data and notes a rate limit', async () => {
    const fetch = scriptedFetch({ status: 429, headers: { 'retry-after': '60' } });
    const enriched = await enrichCapture(bareRepo, { fetch });
    expect(enriched.repo).toEqual(bareRepo.repo);
    expect(enriched.missing).toEqual(['description', 'stars', 'language', 'license']);
    expect(enriched.notes?.[0]).toContain('429');
  });

  it('fills a model saved from a bare URL', async () => {
    const fetch = scriptedFetch({ body: apiFixture('hf-model.json') });
    const enriched = await enrichCapture(bareModel, { fetch });
    expect(enriched.hub).toMatchObject({ likes: 2, downloads: 361, license: 'apache-2.0' });
    expect(enriched.paperIds).toEqual(['1910.09700']);
    expect(enriched.missing).toBeUndefined();
  });
});

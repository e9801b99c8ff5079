import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../lib/sources/cached-json';
import {
  enrichFromHfPaper,
  enrichHubRepo,
  fetchHfPaper,
  fetchHubRepo,
} from '../../../lib/sites/huggingface/api';
import type { Capture } from '../../../lib/types';
import { apiFixture, clockedCache, scriptedFetch } from './fakes';

function setup(...replies: Parameters<typeof scriptedFetch>) {
  const clock = clockedCache();
  const fetch = scriptedFetch(...replies);
  return { clock, fetch, deps: { fetch, cache: clock.cache, now: clock.now, timeoutMs: 50 } };
}

describe('fetchHubRepo', () => {
  it('reads a model', async () => {
    const { fetch, deps } = setup({ body: apiFixture('hf-model.json') });
    const result = await fetchHubRepo('model', 'huypd1508/wav2vec2-t5-Vietnamese', deps);
    expect(fetch.calls).toEqual([
      'https://huggingface.co/api/models/huypd1508/wav2vec2-t5-Vietnamese',
    ]);
    expect(result).toEqual({
      ok: true,
      value: {
        hub: {
          type: 'model',
          id: 'huypd1508/wav2vec2-t5-Vietnamese',
          owner: 'huypd1508',
          likes: 2,
          downloads: 361,
          pipelineTag: 'automatic-speech-recognition',
          license: 'apache-2.0',
          library: 'transformers',
        },
        paperIds: ['1910.09700'],
      },
    });
  });

  it('reads a dataset: task from task_categories, license from tags', async () => {
    const { fetch, deps } = setup({ body: apiFixture('hf-dataset.json') });
    const result = await fetchHubRepo('dataset', 'rajpurkar/squad', deps);
    expect(fetch.calls).toEqual(['https://huggingface.co/api/datasets/rajpurkar/squad']);
    expect(result.ok && result.value).toEqual({
      hub: {
        type: 'dataset',
        id: 'rajpurkar/squad',
        owner: 'rajpurkar',
        likes: 318,
        downloads: 95234,
        pipelineTag: 'question-answering',
        license: 'cc-by-sa-4.0',
      },
      paperIds: ['1606.05250'],
    });
  });

  it('reads a space: SDK, license from the card, short description', async () => {
    const { fetch, deps } = setup({ body: apiFixture('hf-space.json') });
    const result = await fetchHubRepo('space', 'gradio/hello_world', deps);
    expect(fetch.calls).toEqual(['https://huggingface.co/api/spaces/gradio/hello_world']);
    expect(result.ok && result.value).toEqual({
      hub: {
        type: 'space',
        id: 'gradio/hello_world',
        owner: 'gradio',
        likes: 42,
        license: 'mit',
        sdk: 'gradio',
      },
      paperIds: [],
      description: 'The smallest Gradio demo',
    });
  });

  it('caches a day', async () => {
    const { clock, fetch, deps } = setup({ body: apiFixture('hf-model.json') });
    await fetchHubRepo('model', 'huypd1508/wav2vec2-t5-Vietnamese', deps);
    clock.advance(DAY_MS / 2);
    await fetchHubRepo('model', 'huypd1508/wav2vec2-t5-vietnamese', deps);
    expect(fetch.calls).toHaveLength(1);
    clock.advance(DAY_MS);
    await fetchHubRepo('model', 'huypd1508/wav2vec2-t5-Vietnamese', deps);
    expect(fetch.calls).toHaveLength(2);
  });

  it('respects a 429 and its retry-after', async () => {
    const { clock, fetch, deps } = setup(
      { status: 429, headers: { 'retry-after': '30' } },
      { body: apiFixture('hf-model.json') },
    );
    expect(await fetchHubRepo('model', 'a/b', deps)).toMatchObject({ ok: false, status: 429 });
    expect((await fetchHubRepo('model', 'a/b', deps)).ok).toBe(false);
    expect(fetch.calls).toHaveLength(1);
    clock.advance(31 * 1000);
    expect((await fetchHubRepo('model', 'a/b', deps)).ok).toBe(true);
  });

  it('a 403 (gated or private repo) is an error but no backoff', async () => {
    const { fetch, deps } = setup({ status: 403 }, { body: apiFixture('hf-model.json') });
    expect((await fetchHubRepo('model', 'a/b', deps)).ok).toBe(false);
    expect((await fetchHubRepo('model', 'c/d', deps)).ok).toBe(true);
    expect(fetch.calls).toHaveLength(2);
  });

  it('retries a 500 once; reports garbage and timeouts as values', async () => {
    const retried = setup({ status: 500 }, { body: apiFixture('hf-model.json') });
    expect((await fetchHubRepo('model', 'a/b', retried.deps)).ok).toBe(true);
    expect(retried.fetch.calls).toHaveLength(2);

    const garbage = setup({ body: '[1,2,3]' });
    const bad = await fetchHubRepo('model', 'a/b', garbage.deps);
    expect(bad.ok || bad.error).toBe('huggingface.co answered something unexpected');

    const hung = setup('hang');
    const late = await fetchHubRepo('model', 'a/b', hung.deps);
    expect(late.ok || late.error).toContain('did not answer');
  });
});

describe('enrichHubRepo', () => {
  it('fills gaps left by a page whose header JSON was unreadable', async () => {
    const { deps } = setup({ body: apiFixture('hf-model.json') });
    const fromPage: Capture = {
      key: 'hf:model:huypd1508/wav2vec2-t5-vietnamese',
      kind: 'model',
      url: 'https://huggingface.co/huypd1508/wav2vec2-t5-Vietnamese',
      title: 'huypd1508/wav2vec2-t5-Vietnamese',
      hub: { type: 'model', id: 'huypd1508/wav2vec2-t5-Vietnamese', owner: 'huypd1508', likes: 5 },
      missing: ['likes', 'downloads', 'license', 'tags'],
    };
    const { capture } = await enrichHubRepo(fromPage, deps);
    expect(capture.hub?.likes).toBe(5); // the page's value stays
    expect(capture.hub?.downloads).toBe(361);
    expect(capture.hub?.license).toBe('apache-2.0');
    expect(capture.paperIds).toEqual(['1910.09700']);
    expect(capture.missing).toBeUndefined();
  });
});

describe('HF papers', () => {
  it('reads a paper and adds its code link to an arXiv capture', async () => {
    const { fetch, deps } = setup({ body: apiFixture('hf-paper.json') });
    const paper = await fetchHfPaper('2106.09685', deps);
    expect(fetch.calls).toEqual(['https://huggingface.co/api/papers/2106.09685']);
    expect(paper.ok && paper.value).toMatchObject({
      id: '2106.09685',
      title: 'LoRA: Low-Rank Adaptation of Large Language Models',
      published: '2021-06-17',
      codeUrl: 'https://github.com/microsoft/LoRA',
    });
    expect(paper.ok && paper.value.authors).toHaveLength(8);

    const capture: Capture = {
      key: 'arxiv:2106.09685',
      kind: 'paper',
      url: 'https://arxiv.org/abs/2106.09685',
      title: 'LoRA: Low-Rank Adaptation of Large Language Models',
      arxiv: { id: '2106.09685' },
      codeUrls: ['https://github.com/microsoft/LoRA'],
    };
    const enriched = await enrichFromHfPaper(capture, deps);
    expect(enriched.capture.codeUrls).toEqual(['https://github.com/microsoft/LoRA']);
    expect(enriched.capture.authors?.[0]).toBe('Edward J. Hu');
    expect(fetch.calls).toHaveLength(1); // cached
  });
});

// Edge cases of the Hugging Face extractors that the fixture pages do not cover.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/extractors/fromHtml';
import { huggingfaceRepo } from '../../../lib/sites/huggingface/repo';
import { huggingfacePage } from '../../../lib/sites/huggingface/page';
import { huggingfacePaper } from '../../../lib/sites/huggingface/paper';

// jsdom loads on the first parse (seconds on a busy machine): not inside a test's time.
beforeAll(() => {
  parseHtml('<p></p>');
}, 60_000);

const at = (href: string) => new URL(href);
const attribute = (value: unknown) =>
  JSON.stringify(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function hubPage(target: string, props: unknown): Document {
  return parseHtml(
    `<html><head><meta name="description" content="We’re on a journey to advance and democratize artificial intelligence through open source and open science."><title>x</title></head><body><div data-target="${target}" data-props="${attribute(props)}"></div></body></html>`,
  );
}

describe('huggingfaceRepo', () => {
  it('takes model, dataset and space URLs, not papers, blog or profiles', () => {
    for (const href of [
      'https://huggingface.co/gpt2/tree/main',
      'https://huggingface.co/a/b/tree/main',
      'https://huggingface.co/datasets/a/b/blob/main/x.json',
      'https://huggingface.co/spaces/a/b',
    ]) {
      expect(huggingfaceRepo.matches(at(href))).toBe(true);
    }
    for (const href of [
      'https://huggingface.co/papers/2106.09685',
      'https://huggingface.co/blog/lora',
      'https://huggingface.co/someone',
      'https://huggingface.co/a/b/discussions/3',
    ]) {
      expect(huggingfaceRepo.matches(at(href))).toBe(false);
    }
  });

  it('declines a page without the header for its kind', () => {
    const doc = hubPage('ModelHeader', { model: { id: 'a/b' } });
    expect(huggingfaceRepo.extract(doc, at('https://huggingface.co/datasets/a/b'))).toBeNull();
  });

  it('reads a license from cardData when the tags have none, and arXiv ids once', () => {
    const doc = hubPage('ModelHeader', {
      model: {
        id: 'Org/Name',
        author: 'Org',
        likes: 3,
        cardData: { license: ['mit'] },
        tags: ['arxiv:2106.09685', 'arxiv:2106.09685v2', 'arxiv:not-an-id', 'arxiv:hep-th/9901001'],
      },
    });
    expect(huggingfaceRepo.extract(doc, at('https://huggingface.co/org/name'))).toEqual({
      key: 'hf:model:org/name',
      kind: 'model',
      url: 'https://huggingface.co/Org/Name',
      title: 'Org/Name',
      pageTitle: 'Org/Name · Hugging Face',
      hub: { type: 'model', id: 'Org/Name', owner: 'Org', likes: 3, license: 'mit' },
      paperIds: ['2106.09685', 'hep-th/9901001'],
    });
  });

  it('never uses the boilerplate description meta', () => {
    const doc = hubPage('DatasetHeader', { dataset: { id: 'a/b' } });
    const capture = huggingfaceRepo.extract(doc, at('https://huggingface.co/datasets/a/b'));
    expect(JSON.stringify(capture)).not.toContain('journey');
  });

  it('keeps the URL identity when the JSON has another shape', () => {
    const doc = hubPage('SpaceHeader', { somethingElse: true });
    expect(huggingfaceRepo.extract(doc, at('https://huggingface.co/spaces/a/b'))).toMatchObject({
      key: 'hf:space:a/b',
      hub: { type: 'space', id: 'a/b', owner: 'a' },
      missing: ['likes', 'downloads', 'license', 'tags'],
    });
  });
});

describe('huggingfacePaper', () => {
  it('falls back to og:title when the paper JSON is missing', () => {
    const doc = parseHtml(
      '<html><head><meta property="og:title" content="Paper page - Some   Title"></head><body><main><a href="https://github.com/o/r/tree/main">GitHub</a></main></body></html>',
    );
    expect(huggingfacePaper.extract(doc, at('https://huggingface.co/papers/2401.00001'))).toEqual({
      key: 'arxiv:2401.00001',
      kind: 'paper',
      url: 'https://arxiv.org/abs/2401.00001',
      title: 'Some Title',
      pageTitle: '[2401.00001] Some Title',
      arxiv: { id: '2401.00001' },
      codeUrls: ['https://github.com/o/r'],
      missing: ['authors', 'abstract'],
    });
  });

  it('declines listing pages and pages without a marker', () => {
    const doc = parseHtml('<html><head><title>Daily Papers</title></head></html>');
    expect(huggingfacePaper.extract(doc, at('https://huggingface.co/papers/trending'))).toBeNull();
    expect(
      huggingfacePaper.extract(doc, at('https://huggingface.co/papers/2401.00001')),
    ).toBeNull();
  });
});

describe('huggingfacePage', () => {
  it('keeps a discussion with its repo as context', () => {
    const doc = parseHtml(
      '<html><head><meta property="og:title" content="a/b · Add a license"><title>a/b · Add a license</title></head></html>',
    );
    expect(
      huggingfacePage.extract(doc, at('https://huggingface.co/a/b/discussions/3')),
    ).toMatchObject({ kind: 'page', contextKey: 'hf:model:a/b', title: 'a/b · Add a license' });
  });

  it('says the author is missing on an official blog post without one', () => {
    const doc = parseHtml('<html><head><title>LoRA</title></head></html>');
    expect(huggingfacePage.extract(doc, at('https://huggingface.co/blog/lora'))).toMatchObject({
      title: 'LoRA',
      missing: ['authors'],
    });
  });

  it('declines the blog index', () => {
    const doc = parseHtml('<html><head><title>Blog</title></head></html>');
    expect(huggingfacePage.extract(doc, at('https://huggingface.co/blog'))).toBeNull();
  });
});

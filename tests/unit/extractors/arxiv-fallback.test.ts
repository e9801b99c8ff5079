import { beforeAll, describe, expect, test } from 'vitest';
import { arxivFallback } from '../../../lib/sites/arxiv/fallback';
import { githubUrls } from '../../../lib/sites/arxiv/text';
import { arxivIdFromPath } from '../../../lib/sites/arxiv/url';
import { parseHtml } from '../../../lib/extractors/fromHtml';
import { identify } from '../../../lib/identity';

// jsdom loads on the first parse (seconds on a busy machine): not inside a test's time.
beforeAll(() => {
  parseHtml('<p></p>');
}, 60_000);

describe('arxivIdFromPath agrees with identify() on arxiv.org paths', () => {
  test.each([
    'https://arxiv.org/abs/2106.09608v2',
    'https://arxiv.org/abs/2106.09608',
    'https://arxiv.org/html/2501.11120v1',
    'https://arxiv.org/html/2501.11120v1/',
    'https://arxiv.org/abs/hep-th/9901001',
    'https://arxiv.org/abs/math.GT/0309136v2',
    'https://arxiv.org/pdf/2106.09608v2.pdf',
  ])('%s', (href) => {
    expect(arxivIdFromPath(new URL(href).pathname)).toEqual(identify(href)?.arxiv);
  });

  test('paths without an id', () => {
    expect(arxivIdFromPath('/list/cs/new')).toBeNull();
    expect(arxivIdFromPath('/abs/')).toBeNull();
  });

  test('githubUrls skips GitHub site pages', () => {
    expect(githubUrls('see https://github.com/orgs/example and github.com/topics/nlp')).toEqual([]);
  });
});

describe('arxivFallback (content scripts’ last resort)', () => {
  test('an abs URL the site extractors declined: the paper stub, with what is missing', () => {
    const doc = parseHtml(
      '<html><head><title>[2106.09608] Something went wrong</title></head><body></body></html>',
    );
    expect(arxivFallback.extract(doc, new URL('https://arxiv.org/abs/2106.09608v2'))).toEqual({
      key: 'arxiv:2106.09608',
      kind: 'paper',
      url: 'https://arxiv.org/abs/2106.09608',
      title: 'Something went wrong',
      pageTitle: '[2106.09608] Something went wrong',
      arxiv: { id: '2106.09608', version: 2 },
      missing: ['authors', 'abstract', 'date', 'subject'],
    });
  });

  test('any other arXiv page: a page record keyed like identify() does', () => {
    const href = 'https://arxiv.org/list/cs/new/?utm_source=x#top';
    const capture = arxivFallback.extract(
      parseHtml('<html><head><title>Listing</title></head></html>'),
      new URL(href),
    );
    expect(capture).toMatchObject({ key: identify(href)?.key, kind: 'page', title: 'Listing' });
  });
});

// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { arxivListing, isListingUrl, listingEntries } from '../../../lib/sites/arxiv/listing';
import type { Capture } from '../../../lib/types';

const page = (name: string) =>
  new DOMParser().parseFromString(
    // jsdom replaces the global URL, so the path is built with node:path.
    readFileSync(join(import.meta.dirname, '../../fixtures/pages', name), 'utf8'),
    'text/html',
  );

const LIST_URL = new URL('https://arxiv.org/list/cs/2301?show=3');

describe('arxivListing', () => {
  test.each([
    ['https://arxiv.org/list/cs/2301?show=3', true],
    ['https://arxiv.org/list/cs.LG/new', true],
    ['https://arxiv.org/list/hep-th/recent', true],
    ['https://arxiv.org/list/math/pastweek?skip=0&show=25', true],
    ['https://arxiv.org/search/?query=x&searchtype=all', true],
    ['https://arxiv.org/search/cs?query=x', true],
    ['https://arxiv.org/abs/2301.00001', false],
    ['https://example.org/list/cs/new', false],
  ])('isListingUrl(%s) = %s', (href, expected) => {
    expect(isListingUrl(new URL(href))).toBe(expected);
  });

  test('one capture per dt/dd pair, in page order (jsdom agrees with linkedom)', () => {
    const captures = arxivListing.extract(page('arxiv-list-cs-2301.html'), LIST_URL) as Capture[];
    expect(captures.map((c) => c.key)).toEqual([
      'arxiv:2301.00001',
      'arxiv:2301.00002',
      'arxiv:2301.00003',
    ]);
    expect(captures[1]).toMatchObject({
      title: 'Evaluating Alternative Glyph Design for Showing Large-Magnitude-Range Quantum Spins',
      authors: [
        'Henan Zhao',
        'Garnett W. Bryant',
        'Wesley Griffin',
        'Judith E. Terrill',
        'Jian Chen',
      ],
      arxiv: { primaryCategory: 'cs.HC' },
    });
  });

  test('an empty listing: no entries, not a decline', () => {
    expect(
      listingEntries(
        page('arxiv-list-empty-new.html'),
        new URL('https://arxiv.org/list/math.GT/new'),
      ),
    ).toEqual([]);
  });

  test('a page at a listing URL without the listing markup is declined', () => {
    const doc = new DOMParser().parseFromString('<p>Service unavailable</p>', 'text/html');
    expect(arxivListing.extract(doc, LIST_URL)).toBeNull();
  });
});

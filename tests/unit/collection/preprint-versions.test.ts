/**
 * bioRxiv/medRxiv versions are one record (`doi:10.1101/…`) that keeps the highest version
 * seen, its title, abstract and URL, whatever order the versions are saved in; an older
 * version only fills what the record lacks.
 */
import { describe, expect, it } from 'vitest';
import { mergeCapture, newItem } from '../../../lib/collection/merge';
import type { Capture, Item } from '../../../lib/types';

const DOI = '10.1101/2023.03.14.532541';

function version(n: number, extra: Partial<Capture> = {}): Capture {
  return {
    key: `doi:${DOI}`,
    kind: 'paper',
    url: `https://www.biorxiv.org/content/${DOI}`,
    title: `Title of v${n}`,
    abstract: `Abstract of v${n}`,
    version: n,
    ...extra,
  };
}

/** Saves the captures one after another into one record. */
function saveInOrder(captures: Capture[]): Item {
  const [first, ...rest] = captures;
  if (!first) throw new Error('nothing to save');
  return rest.reduce<Item>(
    (item, capture, i) => mergeCapture(item, capture, i + 2),
    newItem(first, 1),
  );
}

describe('preprint versions', () => {
  it.each([
    ['v1, v2, v3', [1, 2, 3]],
    ['v3, v1, v2', [3, 1, 2]],
    ['v2, v3, v1', [2, 3, 1]],
  ])('saved as %s, the record is v3', (_order, numbers) => {
    const item = saveInOrder(numbers.map((n) => version(n)));
    expect(item).toMatchObject({
      version: 3,
      title: 'Title of v3',
      abstract: 'Abstract of v3',
      url: `https://www.biorxiv.org/content/${DOI}`,
    });
  });

  it('an older version keeps the newer URL and fills only what the record lacks', () => {
    const v2 = version(2, { abstract: undefined, url: `https://www.medrxiv.org/content/${DOI}` });
    const merged = mergeCapture(newItem(v2, 1), version(1, { authors: ['A. Okonkwo'] }), 2);
    expect(merged).toMatchObject({
      version: 2,
      title: 'Title of v2',
      url: `https://www.medrxiv.org/content/${DOI}`,
      abstract: 'Abstract of v1',
      authors: ['A. Okonkwo'],
    });
  });

  it('a record saved without a version (a doi.org link) takes the first version named', () => {
    const bare = newItem(version(1, { version: undefined, url: `https://doi.org/${DOI}` }), 1);
    const merged = mergeCapture(bare, version(2), 2);
    expect(merged.version).toBe(2);
    // A later save without a version (the doi.org link again) does not erase it.
    expect(mergeCapture(merged, version(1, { version: undefined }), 3).version).toBe(2);
  });
});

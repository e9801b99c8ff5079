import { describe, expect, test } from 'vitest';
import { identify } from '../../../lib/identity';
import { citationDoi } from '../../../lib/sites/arxiv/doi';

describe('DOIs', () => {
  test('a doi.org URL is the DOI record, lower case; arXiv DataCite DOIs stay arXiv papers', () => {
    expect(identify('https://doi.org/10.1371/journal.pone.0213978')).toMatchObject({
      key: 'doi:10.1371/journal.pone.0213978',
      kind: 'paper',
      url: 'https://doi.org/10.1371/journal.pone.0213978',
    });
    expect(identify('https://dx.doi.org/10.1007/S11926-017-0626-Z')?.key).toBe(
      'doi:10.1007/s11926-017-0626-z',
    );
    expect(identify('https://doi.org/10.48550/arXiv.2106.09608')?.key).toBe('arxiv:2106.09608');
    // Not a DOI: the resolver's own pages stay pages.
    expect(identify('https://doi.org/the-identifier')?.kind).toBe('page');
  });

  test('citations use the journal DOI, else arXiv’s DataCite DOI', () => {
    expect(citationDoi({ arxiv: { id: '2106.09608' } })).toBe('10.48550/arXiv.2106.09608');
    expect(citationDoi({ arxiv: { id: '2106.09608', doi: '10.1/x' }, doi: '10.1/x' })).toBe(
      '10.1/x',
    );
    expect(citationDoi({ doi: '10.7554/elife.44753' })).toBe('10.7554/elife.44753');
    expect(citationDoi({})).toBeUndefined();
  });
});

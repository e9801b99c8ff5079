/**
 * Publisher URLs that carry a DOI (lib/sites/doi/url.ts): the landing page, its views and
 * its PDF are the one `doi:` record, by URL alone; the real landing pages in ../shared/pages
 * extract to the key their PDF URLs give.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captureFromUrl } from '../../../extension/tab-capture';
import { extractFromHtml } from '../../../lib/extractors/fromHtml';
import { identify } from '../../../lib/identity';

const ACM = 'doi:10.1145/3368089.3409743';
const WILEY = 'doi:10.1002/anie.201915678';
const SCIENCE = 'doi:10.1126/science.abb2507';

describe('publisher URLs name their DOI record', () => {
  it.each([
    // ACM Digital Library (Atypon): the article and each of its views
    ['https://dl.acm.org/doi/10.1145/3368089.3409743', ACM],
    ['https://dl.acm.org/doi/pdf/10.1145/3368089.3409743', ACM],
    ['https://dl.acm.org/doi/abs/10.1145/3368089.3409743', ACM],
    ['https://dl.acm.org/doi/full/10.1145/3368089.3409743', ACM],
    ['https://dl.acm.org/doi/epdf/10.1145/3368089.3409743', ACM],
    ['https://dl.acm.org/doi/pdf/10.1145/3368089.3409743?download=true', ACM],
    // Wiley, also on a society's subdomain
    ['https://onlinelibrary.wiley.com/doi/10.1002/anie.201915678', WILEY],
    ['https://onlinelibrary.wiley.com/doi/pdf/10.1002/anie.201915678', WILEY],
    ['https://onlinelibrary.wiley.com/doi/epdf/10.1002/ANIE.201915678', WILEY],
    ['https://chemistry-europe.onlinelibrary.wiley.com/doi/full/10.1002/anie.201915678', WILEY],
    // Springer Link: article, chapter, PDF
    [
      'https://link.springer.com/content/pdf/10.1007/s11926-017-0626-z.pdf',
      'doi:10.1007/s11926-017-0626-z',
    ],
    [
      'https://link.springer.com/chapter/10.1007/978-3-030-58452-8_13',
      'doi:10.1007/978-3-030-58452-8_13',
    ],
    [
      'https://link.springer.com/content/pdf/10.1007/978-3-030-58452-8_13.pdf',
      'doi:10.1007/978-3-030-58452-8_13',
    ],
    // PLOS: the article and its printable PDF
    [
      'https://journals.plos.org/plosone/article/file?id=10.1371/journal.pone.0213978&type=printable',
      'doi:10.1371/journal.pone.0213978',
    ],
    [
      'https://journals.plos.org/plosbiology/article?id=10.1371/journal.pbio.3000411',
      'doi:10.1371/journal.pbio.3000411',
    ],
    // Nature: article ids are DOI suffixes under 10.1038
    ['https://www.nature.com/articles/s41586-020-2649-2.pdf', 'doi:10.1038/s41586-020-2649-2'],
    ['https://www.nature.com/articles/nature14539', 'doi:10.1038/nature14539'],
    ['https://www.nature.com/articles/d41586-020-02610-z.pdf', 'doi:10.1038/d41586-020-02610-z'],
    // PNAS, Science, ACS, Taylor & Francis, SAGE (all Atypon)
    ['https://www.pnas.org/doi/pdf/10.1073/pnas.1907373117', 'doi:10.1073/pnas.1907373117'],
    ['https://www.pnas.org/doi/10.1073/pnas.1907373117', 'doi:10.1073/pnas.1907373117'],
    ['https://www.science.org/doi/pdf/10.1126/science.abb2507', SCIENCE],
    ['https://www.science.org/doi/10.1126/science.abb2507', SCIENCE],
    ['https://pubs.acs.org/doi/pdf/10.1021/acs.jcim.0c00121', 'doi:10.1021/acs.jcim.0c00121'],
    ['https://pubs.acs.org/doi/abs/10.1021/acs.jcim.0c00121', 'doi:10.1021/acs.jcim.0c00121'],
    [
      'https://www.tandfonline.com/doi/pdf/10.1080/01621459.2017.1285773',
      'doi:10.1080/01621459.2017.1285773',
    ],
    [
      'https://www.tandfonline.com/doi/full/10.1080/01621459.2017.1285773',
      'doi:10.1080/01621459.2017.1285773',
    ],
    [
      'https://journals.sagepub.com/doi/pdf/10.1177/0956797620904990',
      'doi:10.1177/0956797620904990',
    ],
    ['https://journals.sagepub.com/doi/10.1177/0956797620904990', 'doi:10.1177/0956797620904990'],
    // doi.org itself (../generic/url.ts)
    ['https://doi.org/10.1145/3368089.3409743', ACM],
  ])('%s → %s', (url, key) => {
    const identity = identify(url);
    expect(identity).toMatchObject({ key, kind: 'paper', url: `https://doi.org/${key.slice(4)}` });
  });

  it.each([
    'https://dl.acm.org/doi/suppl/10.1145/3368089.3409743',
    'https://dl.acm.org/doi/10.1145',
    'https://dl.acm.org/toc/csur/2020/53/1',
    'https://onlinelibrary.wiley.com/toc/15213773/2020/59/1',
    'https://www.science.org/toc/science/current',
    'https://link.springer.com/journal/11263',
    'https://journals.plos.org/plosone/article/figure?id=10.1371/journal.pone.0213978.g001',
    'https://journals.plos.org/plosone/search?q=x',
    'https://www.nature.com/nature/volumes/581',
    'https://www.nature.com/articles/',
    'https://www.example.org/doi/pdf/10.1145/3368089.3409743',
  ])('%s stays a page', (url) => {
    expect(identify(url)?.key.startsWith('url:')).toBe(true);
  });

  it('a PDF tab of a DOI is a paper whose fields the APIs still have to give', () => {
    const capture = captureFromUrl(
      'https://dl.acm.org/doi/pdf/10.1145/3368089.3409743',
      '3368089.3409743.pdf',
    );
    expect(capture).toMatchObject({ key: ACM, kind: 'paper' });
    expect(capture?.missing).toEqual(['title', 'authors', 'abstract', 'date']);
  });

  it('a bioRxiv PDF tab keeps the version its URL names', () => {
    const capture = captureFromUrl(
      'https://www.biorxiv.org/content/10.1101/2023.03.14.532541v2.full.pdf',
    );
    expect(capture).toMatchObject({ key: 'doi:10.1101/2023.03.14.532541', version: 2 });
  });
});

// The real landing pages saved in ../shared/pages (README lists each page's URL).
const SHARED = fileURLToPath(new URL('../../../../shared/pages/', import.meta.url));

describe.skipIf(!existsSync(SHARED))('landing page and PDF give the same key', () => {
  it.each([
    [
      'plosone-article.html',
      'https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0213978',
      'https://journals.plos.org/plosone/article/file?id=10.1371/journal.pone.0213978&type=printable',
    ],
    [
      'springer-link-article.html',
      'https://link.springer.com/article/10.1007/s11926-017-0626-z',
      'https://link.springer.com/content/pdf/10.1007/s11926-017-0626-z.pdf',
    ],
    [
      'nature-news-article.html',
      'https://www.nature.com/articles/d41586-020-02610-z',
      'https://www.nature.com/articles/d41586-020-02610-z.pdf',
    ],
  ])(
    '%s',
    async (file, pageUrl, pdfUrl) => {
      const html = readFileSync(join(SHARED, file), 'utf8');
      const page = await extractFromHtml(html, pageUrl);
      const key = page.captures[0]?.key;
      expect(key).toMatch(/^doi:/);
      expect(identify(pageUrl)?.key).toBe(key);
      expect(identify(pdfUrl)?.key).toBe(key);
    },
    30_000,
  );
});

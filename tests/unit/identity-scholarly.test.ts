/**
 * Every URL form of the scholarly sites that have folders of their own (OpenReview, ACL
 * Anthology, PMLR, NeurIPS proceedings, bioRxiv/medRxiv, Semantic Scholar) and of arXiv's
 * mirrors (alphaXiv, ar5iv): one key per work.
 */
import { describe, expect, it } from 'vitest';
import { identify } from '../../lib/identity';

describe('scholarly sites: one record per work', () => {
  it.each([
    // OpenReview: forum and PDF; a review's noteId still names the paper
    ['https://openreview.net/forum?id=nZeVKeeFYf9', 'openreview:nZeVKeeFYf9'],
    ['https://openreview.net/pdf?id=nZeVKeeFYf9', 'openreview:nZeVKeeFYf9'],
    ['https://openreview.net/forum?id=nZeVKeeFYf9&noteId=Xa1b2c3d4e', 'openreview:nZeVKeeFYf9'],
    ['https://www.openreview.net/forum?id=r1xMH1BtvB#discussion', 'openreview:r1xMH1BtvB'],
    // ACL Anthology: page and PDF, today's and the old aclweb.org prefix; the ACL's DOI
    ['https://aclanthology.org/2023.acl-long.412/', 'doi:10.18653/v1/2023.acl-long.412'],
    ['https://aclanthology.org/2023.acl-long.412', 'doi:10.18653/v1/2023.acl-long.412'],
    ['https://aclanthology.org/2023.acl-long.412.pdf', 'doi:10.18653/v1/2023.acl-long.412'],
    [
      'https://aclanthology.org/2020.findings-emnlp.139/',
      'doi:10.18653/v1/2020.findings-emnlp.139',
    ],
    ['https://aclanthology.org/P19-1001/', 'doi:10.18653/v1/p19-1001'],
    ['https://www.aclweb.org/anthology/P19-1001.pdf', 'doi:10.18653/v1/p19-1001'],
    ['https://aclanthology.org/P02-1040.pdf', 'url:https://aclanthology.org/P02-1040'],
    ['https://aclanthology.org/P02-1040/', 'url:https://aclanthology.org/P02-1040'],
    ['https://aclanthology.org/2022.lrec-1.12.pdf', 'url:https://aclanthology.org/2022.lrec-1.12'],
    // PMLR: page and PDF, today's and older volumes' PDF paths
    [
      'https://proceedings.mlr.press/v202/kowalczyk23a.html',
      'url:https://proceedings.mlr.press/v202/kowalczyk23a.html',
    ],
    [
      'https://proceedings.mlr.press/v202/kowalczyk23a/kowalczyk23a.pdf',
      'url:https://proceedings.mlr.press/v202/kowalczyk23a.html',
    ],
    [
      'http://proceedings.mlr.press/v37/ioffe15.html',
      'url:https://proceedings.mlr.press/v37/ioffe15.html',
    ],
    [
      'http://proceedings.mlr.press/v37/ioffe15.pdf',
      'url:https://proceedings.mlr.press/v37/ioffe15.html',
    ],
    // NeurIPS proceedings: abstract page and PDF, old paths and hosts, the D&B track
    [
      'https://proceedings.neurips.cc/paper_files/paper/2023/hash/0a1b2c3d4e5f60718293a4b5c6d7e8f9-Abstract-Conference.html',
      'url:https://proceedings.neurips.cc/paper_files/paper/2023/hash/0a1b2c3d4e5f60718293a4b5c6d7e8f9-Abstract-Conference.html',
    ],
    [
      'https://proceedings.neurips.cc/paper_files/paper/2023/file/0a1b2c3d4e5f60718293a4b5c6d7e8f9-Paper-Conference.pdf',
      'url:https://proceedings.neurips.cc/paper_files/paper/2023/hash/0a1b2c3d4e5f60718293a4b5c6d7e8f9-Abstract-Conference.html',
    ],
    [
      'https://proceedings.neurips.cc/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html',
      'url:https://proceedings.neurips.cc/paper_files/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html',
    ],
    [
      'https://papers.nips.cc/paper/2017/file/3f5ee243547dee91fbd053c1c4a845aa-Paper.pdf',
      'url:https://proceedings.neurips.cc/paper_files/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html',
    ],
    [
      'https://proceedings.neurips.cc/paper_files/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html',
      'url:https://proceedings.neurips.cc/paper_files/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html',
    ],
    [
      'https://proceedings.neurips.cc/paper_files/paper/2022/file/0123456789abcdef0123456789abcdef-Paper-Datasets_and_Benchmarks.pdf',
      'url:https://proceedings.neurips.cc/paper_files/paper/2022/hash/0123456789abcdef0123456789abcdef-Abstract-Datasets_and_Benchmarks.html',
    ],
    // bioRxiv and medRxiv: every version and view is one record, keyed without version
    [
      'https://www.biorxiv.org/content/10.1101/2023.03.14.532541v1',
      'doi:10.1101/2023.03.14.532541',
    ],
    [
      'https://www.biorxiv.org/content/10.1101/2023.03.14.532541v2.full',
      'doi:10.1101/2023.03.14.532541',
    ],
    [
      'https://www.biorxiv.org/content/10.1101/2023.03.14.532541v2.full.pdf',
      'doi:10.1101/2023.03.14.532541',
    ],
    [
      'https://www.biorxiv.org/content/10.1101/2023.03.14.532541v2.abstract',
      'doi:10.1101/2023.03.14.532541',
    ],
    [
      'https://www.biorxiv.org/content/10.1101/2023.03.14.532541v3.full-text',
      'doi:10.1101/2023.03.14.532541',
    ],
    ['https://biorxiv.org/content/10.1101/2023.03.14.532541', 'doi:10.1101/2023.03.14.532541'],
    ['https://www.biorxiv.org/content/10.1101/123456v1.full.pdf', 'doi:10.1101/123456'],
    [
      'https://www.medrxiv.org/content/10.1101/2024.02.20.24303081v1',
      'doi:10.1101/2024.02.20.24303081',
    ],
    [
      'https://www.medrxiv.org/content/10.1101/2024.02.20.24303081v2.full.pdf',
      'doi:10.1101/2024.02.20.24303081',
    ],
    // Semantic Scholar pages: S2's id, with or without the slug (the page names the work)
    [
      'https://www.semanticscholar.org/paper/Sparse-Retrievers-Okonkwo/3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39',
      'url:https://www.semanticscholar.org/paper/3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39',
    ],
    [
      'https://www.semanticscholar.org/paper/3F2A9C1D8E7B6A5F4E3D2C1B0A9F8E7D6C5B4A39',
      'url:https://www.semanticscholar.org/paper/3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39',
    ],
    [
      'https://semanticscholar.org/paper/x/3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39?utm_source=api',
      'url:https://www.semanticscholar.org/paper/3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39',
    ],
    // alphaXiv and ar5iv are arXiv's papers
    ['https://www.alphaxiv.org/overview/2305.18290', 'arxiv:2305.18290'],
    ['https://www.alphaxiv.org/abs/2305.18290v2', 'arxiv:2305.18290'],
    ['https://alphaxiv.org/pdf/2305.18290v2', 'arxiv:2305.18290'],
    ['https://ar5iv.labs.arxiv.org/html/1706.03762v5', 'arxiv:1706.03762'],
    ['https://ar5iv.org/html/hep-th/9901001', 'arxiv:hep-th/9901001'],
  ])('%s → %s', (url, key) => {
    const identity = identify(url);
    expect(identity?.key).toBe(key);
    expect(identity?.kind).toBe('paper');
  });

  it('a bioRxiv record is cited without version, on its own server', () => {
    expect(
      identify('https://www.medrxiv.org/content/10.1101/2024.02.20.24303081v2.full.pdf')?.url,
    ).toBe('https://www.medrxiv.org/content/10.1101/2024.02.20.24303081');
  });

  it('an OpenReview paper is cited at its forum', () => {
    expect(identify('https://openreview.net/pdf?id=nZeVKeeFYf9')?.url).toBe(
      'https://openreview.net/forum?id=nZeVKeeFYf9',
    );
  });

  it.each([
    'https://openreview.net/group?id=ICLR.cc/2024/Conference',
    'https://openreview.net/forum',
    'https://openreview.net/forum?id=',
    'https://openreview.net/profile?id=~Adaeze_Okafor1',
    'https://aclanthology.org/volumes/2023.acl-long/',
    'https://aclanthology.org/people/b/beatriz-ferreira/',
    'https://aclanthology.org/2023.acl-long.412.bib',
    'https://www.biorxiv.org/content/early/recent',
    'https://www.biorxiv.org/collection/neuroscience',
    'https://www.semanticscholar.org/author/Adaeze-Okonkwo/1',
    'https://www.semanticscholar.org/paper/not-an-id',
    'https://proceedings.mlr.press/v202/',
    'https://proceedings.mlr.press/v202/kowalczyk23a/kowalczyk23a-supp.pdf',
    'https://proceedings.neurips.cc/paper_files/paper/2023',
    'https://proceedings.neurips.cc/paper_files/paper/2023/file/0a1b2c3d4e5f60718293a4b5c6d7e8f9-Supplemental-Conference.pdf',
    'https://proceedings.neurips.cc/paper_files/paper/2023/hash/0a1b2c3d4e5f60718293a4b5c6d7e8f9-Paper-Conference.pdf',
  ])('%s is a page, not a paper', (url) => {
    expect(identify(url)?.key.startsWith('url:')).toBe(true);
  });
});

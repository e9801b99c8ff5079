/**
 * The arXiv API as an enrichment source: a paper whose page lacked authors, abstract,
 * date or subject (a PDF, an HTML full text, a bare id) gets them from the API.
 */
import { mergeCaptures } from '../../sources/merge-captures';
import type { Source } from '../../sources/types';
import { fetchArxivPaper } from './api';
import { paperMissing } from './text';

const DAY_MS = 24 * 60 * 60 * 1000;

export const arxivSource: Source = {
  name: 'arXiv API',
  wants: (capture) =>
    capture.kind === 'paper' &&
    Boolean(capture.arxiv?.id) &&
    (!capture.authors?.length ||
      !capture.abstract ||
      !capture.arxiv?.published ||
      !capture.arxiv?.primaryCategory),
  cacheKey: (capture) => `arxiv-api:${capture.arxiv?.id}`,
  ttlMs: DAY_MS,
  fetch: (capture, deps) => fetchArxivPaper(capture.arxiv?.id ?? '', { fetch: deps.fetch }),
  merge: mergeCaptures,
  missing: paperMissing,
};

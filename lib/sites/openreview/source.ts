/** OpenReview's API completes a submission saved from its PDF (./api.ts). */
import { paperSource } from '../scholarly/paper-source';
import { fetchOpenReviewPaper } from './api';

export const openreviewSource = paperSource({
  name: 'OpenReview API',
  idOf: (capture) =>
    capture.key.startsWith('openreview:') ? capture.key.slice('openreview:'.length) : undefined,
  cacheKey: (id) => `openreview:${id}`,
  fetch: (id, _capture, deps) => fetchOpenReviewPaper(id, deps),
});

/**
 * OpenReview: forum pages (embedded JSON, then `citation_*` tags) and PDFs, one record per
 * submission. Read through `activeTab`; a PDF's record is completed from the API (./api.ts). URL rules: ./url.ts (in lib/identity.ts).
 */
import type { Site } from '../types';
import { openreviewPage } from './page';

export const openreview: Site = {
  name: 'openreview',
  extractors: [openreviewPage],
};

/**
 * Semantic Scholar: the published-version source for arXiv papers (Graph API, DBLP as the
 * fallback). URL rules: ./url.ts (in lib/identity.ts).
 */
import type { Site } from '../types';
import { publishedVersionSource } from './source';

export const semanticscholar: Site = {
  name: 'semanticscholar',
  extractors: [],
  sources: [publishedVersionSource],
};

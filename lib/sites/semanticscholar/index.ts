/**
 * Semantic Scholar: paper pages (filed as the arXiv or DOI record they name) and the
 * published-version source for arXiv papers (Graph API, DBLP as the fallback). URL rules:
 * ./url.ts (in lib/identity.ts).
 */
import type { Site } from '../types';
import { semanticScholarPage } from './page';

export const semanticscholar: Site = {
  name: 'semanticscholar',
  extractors: [semanticScholarPage],
};

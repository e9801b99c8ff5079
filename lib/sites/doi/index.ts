/**
 * DOI records: publisher URLs that carry their DOI (./url.ts, in lib/identity.ts) and
 * Crossref, which completes what a DOI's PDF tab or `doi.org` link cannot say
 * (./crossref.ts). Landing pages are read by the generic extractor.
 */
import type { Site } from '../types';
import { crossrefSource } from './source';

export const doi: Site = {
  name: 'doi',
  extractors: [],
  sources: [crossrefSource],
};

/**
 * bioRxiv and medRxiv: every version and view of a preprint is one `doi:` record that keeps
 * the version. Read through `activeTab`. URL rules: ./url.ts (in lib/identity.ts).
 */
import type { Site } from '../types';
import { biorxivPage } from './page';

export const biorxiv: Site = {
  name: 'biorxiv',
  extractors: [biorxivPage],
};

/**
 * NeurIPS proceedings: abstract pages and PDFs, one record. Read through `activeTab`.
 * URL rules: ./url.ts (in lib/identity.ts).
 */
import type { Site } from '../types';
import { neuripsPage } from './page';

export const neurips: Site = {
  name: 'neurips',
  extractors: [neuripsPage],
};

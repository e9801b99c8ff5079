/**
 * PMLR (Proceedings of Machine Learning Research): paper pages and PDFs, one record. Read
 * through `activeTab`. URL rules: ./url.ts (in lib/identity.ts).
 */
import type { Site } from '../types';
import { pmlrPage } from './page';

export const pmlr: Site = {
  name: 'pmlr',
  extractors: [pmlrPage],
};

/**
 * alphaXiv: its paper pages are the arXiv paper's record. Its URL rules are arXiv's
 * (../arxiv/url.ts); read through `activeTab`.
 */
import type { Site } from '../types';
import { alphaxivPage } from './page';

export const alphaxiv: Site = {
  name: 'alphaxiv',
  extractors: [alphaxivPage],
};

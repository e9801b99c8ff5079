/**
 * DBLP: its search API is the fallback for published versions of arXiv papers
 * (../semanticscholar/source.ts). Its pages are ordinary pages.
 */
import type { UrlRule } from '../types';

export const dblpUrls: UrlRule = {
  site: 'dblp',
  hostPermissions: ['https://dblp.org/*'],
  identify: () => null,
};

/**
 * Semantic Scholar's URL rules. Its Graph API (published versions of arXiv papers) is the
 * host this site needs; its paper pages (`www.semanticscholar.org/paper/{slug}/{id}`) are
 * read through `activeTab` and become the arXiv or DOI record they name.
 */
import type { UrlRule } from '../types';

export const S2_PAGE_HOSTS = new Set(['www.semanticscholar.org', 'semanticscholar.org']);

export const semanticScholarUrls: UrlRule = {
  site: 'semanticscholar',
  hostPermissions: ['https://api.semanticscholar.org/*'],
  // A paper page's URL holds only S2's own id: the page itself names the work.
  identify: () => null,
};

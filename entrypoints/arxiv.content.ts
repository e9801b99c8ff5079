/**
 * arXiv abstract pages and HTML full texts: answers `extract` with the page's paper.
 * Nothing else runs at load. No webextension-polyfill here (size budget): extension/content
 * talks to the runtime. Listing and search pages have their own script
 * (arxiv-listing.content.ts), so neither page kind carries the other's code.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { serveExtraction } from '../extension/content/serve';
import { arxivAbs } from '../lib/sites/arxiv/abs';
import { arxivFallback } from '../lib/sites/arxiv/fallback';
import { arxivHtml } from '../lib/sites/arxiv/html';
import { ARXIV_PAPER_PAGES } from '../lib/sites/arxiv/url';

export default defineContentScript({
  matches: ARXIV_PAPER_PAGES,
  runAt: 'document_idle',
  // WXT would otherwise tell every page, by `window.postMessage`, that Paper Shelf runs.
  noScriptStartedPostMessage: true,
  main() {
    serveExtraction([arxivAbs, arxivHtml, arxivFallback], document, location);
  },
});

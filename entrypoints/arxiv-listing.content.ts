/**
 * arXiv listing pages (`/list/…`: new, recent, pastweek, monthly) and search results:
 * answers `extract` with the entries, and puts a Save button beside each one. Nothing
 * else runs at load; an empty listing gets no buttons.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { addSaveButtons } from '../extension/content/listing-buttons';
import { backgroundSender, serveExtraction } from '../extension/content/serve';
import { arxivFallback } from '../lib/sites/arxiv/fallback';
import { arxivListing } from '../lib/sites/arxiv/listing';
import { ARXIV_LISTING_PAGES } from '../lib/sites/arxiv/url';

export default defineContentScript({
  matches: ARXIV_LISTING_PAGES,
  runAt: 'document_idle',
  // WXT would otherwise tell every page, by `window.postMessage`, that Paper Shelf runs.
  noScriptStartedPostMessage: true,
  main() {
    serveExtraction([arxivListing, arxivFallback], document, location);
    addSaveButtons(document, new URL(location.href), backgroundSender());
  },
});

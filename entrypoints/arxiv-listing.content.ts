/**
 * arXiv listing pages (`/list/…`: new, recent, pastweek, monthly) and search results:
 * answers `extract` with the entries, and puts a Save button beside each one. Nothing
 * else runs at load; an empty listing gets no buttons.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { addSaveButtons } from '../extension/content/listing-buttons';
import { backgroundSender, serveExtraction } from '../extension/content/serve';
import { arxivFallback } from '../lib/extractors/arxiv-fallback';
import { arxivListing } from '../lib/extractors/arxiv-listing';

export default defineContentScript({
  matches: [
    'https://arxiv.org/list/*',
    'https://export.arxiv.org/list/*',
    'https://arxiv.org/search/*',
  ],
  runAt: 'document_idle',
  // WXT would otherwise tell every page, by `window.postMessage`, that Paper Shelf runs.
  noScriptStartedPostMessage: true,
  main() {
    serveExtraction([arxivListing, arxivFallback], document, location);
    addSaveButtons(document, new URL(location.href), backgroundSender());
  },
});

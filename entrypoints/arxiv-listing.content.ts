/**
 * arXiv listing pages (`/list/…`: new, recent, pastweek, monthly) and search results:
 * answers `extract` with the entries, and puts a Save button beside each one. Nothing
 * else runs at load; an empty listing gets no buttons.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { addSaveButtons } from '../extension/content/listing-buttons';
import { sendToBackground, serveExtraction } from '../extension/content/serve';
import { arxivFallback } from '../lib/extractors/arxiv-fallback';
import { arxivListing } from '../lib/extractors/arxiv-listing';

export default defineContentScript({
  matches: [
    'https://arxiv.org/list/*',
    'https://export.arxiv.org/list/*',
    'https://arxiv.org/search/*',
  ],
  runAt: 'document_idle',
  main() {
    serveExtraction([arxivListing, arxivFallback], document, location);
    addSaveButtons(document, new URL(location.href), sendToBackground);
  },
});

/**
 * arXiv pages: answers `extract` with the page's paper (abs, HTML full text) or entries
 * (listings, search), and puts a Save button beside each listing entry. Nothing else runs
 * at load. No webextension-polyfill here (size budget): lib/content talks to the runtime.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { addSaveButtons } from '../lib/content/listing-buttons';
import { sendToBackground, serveExtraction } from '../lib/content/serve';
import { arxivAbs } from '../lib/extractors/arxiv-abs';
import { arxivHtml } from '../lib/extractors/arxiv-html';
import { arxivListing, isListingUrl } from '../lib/extractors/arxiv-listing';
import { generic } from '../lib/extractors/generic';

export default defineContentScript({
  matches: [
    'https://arxiv.org/abs/*',
    'https://export.arxiv.org/abs/*',
    'https://arxiv.org/html/*',
    'https://arxiv.org/list/*',
    'https://export.arxiv.org/list/*',
    'https://arxiv.org/search/*',
  ],
  runAt: 'document_idle',
  main() {
    serveExtraction([arxivAbs, arxivHtml, arxivListing, generic], document, location);
    const url = new URL(location.href);
    if (isListingUrl(url)) addSaveButtons(document, url, sendToBackground);
  },
});

/**
 * Hugging Face: answers `extract` with the model, dataset or space (card, files, file
 * views), the arXiv paper of a `/papers/{id}` page, or a blog post / collection. Nothing
 * runs at load but the listener; the Hub's client-side navigation is covered because the
 * extractors read the current `document` and `location.href` when asked. No
 * webextension-polyfill and no IndexedDB here.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { serveExtraction } from '../extension/content/serve';
import { huggingfaceRepo } from '../lib/sites/huggingface/repo';
import { HF_PAGES } from '../lib/sites/huggingface/url';
import { huggingfaceOther } from '../lib/sites/huggingface/other';
import { huggingfacePage } from '../lib/sites/huggingface/page';
import { huggingfacePaper } from '../lib/sites/huggingface/paper';

export default defineContentScript({
  matches: HF_PAGES,
  runAt: 'document_idle',
  // WXT would otherwise tell every page, by `window.postMessage`, that Paper Shelf runs.
  noScriptStartedPostMessage: true,
  main() {
    serveExtraction(
      [huggingfacePaper, huggingfaceRepo, huggingfacePage, huggingfaceOther],
      document,
      location,
    );
  },
});

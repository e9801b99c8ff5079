/**
 * Hugging Face: answers `extract` with the model, dataset or space (card, files, file
 * views), the arXiv paper of a `/papers/{id}` page, or a blog post / collection. Nothing
 * runs at load but the listener; the Hub's client-side navigation is covered because the
 * extractors read the current `document` and `location.href` when asked. No
 * webextension-polyfill and no IndexedDB here.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { serveExtraction } from '../extension/content/serve';
import { generic } from '../lib/extractors/generic';
import { huggingfaceRepo } from '../lib/extractors/huggingface';
import { huggingfacePage } from '../lib/extractors/huggingface-page';
import { huggingfacePaper } from '../lib/extractors/huggingface-paper';

export default defineContentScript({
  matches: ['https://huggingface.co/*'],
  runAt: 'document_idle',
  // WXT would otherwise tell every page, by `window.postMessage`, that Paper Shelf runs.
  noScriptStartedPostMessage: true,
  main() {
    serveExtraction(
      [huggingfacePaper, huggingfaceRepo, huggingfacePage, generic],
      document,
      location,
    );
  },
});

/**
 * GitHub: answers `extract` with the repo, or the issue/PR/discussion/file page and its
 * repo. Nothing runs at load but the listener. GitHub navigates without reloading (Turbo),
 * so nothing is read here: the extractors run at request time on the current `document`
 * and `location.href`, which are always the page the user sees. No webextension-polyfill
 * and no IndexedDB here (size budget; a content script's IndexedDB is the site's).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { serveExtraction } from '../extension/content/serve';
import { githubOther } from '../lib/sites/github/other';
import { githubPage } from '../lib/sites/github/page';
import { githubRepo } from '../lib/sites/github/repo';
import { GITHUB_PAGES } from '../lib/sites/github/url';

export default defineContentScript({
  matches: GITHUB_PAGES,
  runAt: 'document_idle',
  // WXT would otherwise tell every page, by `window.postMessage`, that Paper Shelf runs.
  noScriptStartedPostMessage: true,
  main() {
    serveExtraction([githubRepo, githubPage, githubOther], document, location);
  },
});

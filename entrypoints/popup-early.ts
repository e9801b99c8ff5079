/**
 * The popup's first script: a classic one, listed in popup/index.html before the popup's
 * module, so it runs as soon as it is fetched, while the browser still fetches and compiles
 * the modules (Preact, the components, the schemas). It asks the tab's content script for
 * the page; the popup's module picks the answer up (early-capture.ts), so the answer's
 * round trip and the code's loading overlap instead of adding up.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { tabFromPopupSearch } from '../lib/popup-path';
import { askEarly, leaveEarly } from './popup/early-capture';

export default defineUnlistedScript(() => {
  leaveEarly(askEarly(tabFromPopupSearch(location.search)));
});

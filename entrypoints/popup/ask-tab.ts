/**
 * The popup's first act. main.ts imports this module first, so its body runs before the
 * rest of the popup's code is even evaluated: the tab is asked for its page at once
 * (early-capture.ts), and the answer is on its way while the interface is built.
 *
 * Here, not in a separate classic script ahead of the module: each file the toolbar popup
 * loads delays it (build/popup-alone.ts), and such a script delayed the module by more than
 * the head start it gave the request (issue 16).
 */
import { tabFromPopupSearch } from '../../lib/popup-path';
import { askEarly } from './early-capture';

export const early = askEarly(tabFromPopupSearch(location.search));

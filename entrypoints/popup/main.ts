/**
 * The popup's entry: asks the tab for its page at once, then loads the interface, which
 * picks up the answer (early-capture.ts). The style sheets stay here, so they load with
 * this page rather than after the interface's code.
 */
import '../../components/theme.css';
import './popup.css';
import { tabFromPopupSearch } from '../../lib/popup-path';
import { askEarly } from './early-capture';

const early = askEarly(tabFromPopupSearch(location.search));
void import('./start').then(({ start }) => start(early));

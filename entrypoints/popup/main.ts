/**
 * The popup's module: its style and interface, started with the request ask-tab.ts sent to
 * the tab (imported first: it runs before the other imports are evaluated), or none when the
 * popup does not know its tab yet.
 */
import { early } from './ask-tab';
import { start } from './start';
import { addPopupStyle } from './style';

addPopupStyle(document);
start(early);

/**
 * The popup's module: its style and interface, started with the request popup-early.js
 * already sent to the tab (early-capture.ts), or none when it could not.
 */
import { takeEarly } from './early-capture';
import { start } from './start';
import { addPopupStyle } from './style';

addPopupStyle(document);
start(takeEarly());

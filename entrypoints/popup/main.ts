/**
 * The popup's module: its style sheets and interface, started with the request
 * popup-early.js already sent to the tab (early-capture.ts), or none when it could not.
 */
import '../../components/theme.css';
import './popup.css';
import { takeEarly } from './early-capture';
import { start } from './start';

start(takeEarly());

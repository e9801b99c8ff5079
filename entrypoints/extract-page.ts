/**
 * Injected by the popup (`scripting.executeScript({ files: ['/extract-page.js'] })`, activeTab)
 * into tabs that have no content script. WXT's unlisted-script wrapper makes main()'s
 * return value the script's completion value (a promise, which executeScript awaits), so
 * the popup receives the PageExtraction as the injection result.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { EXTRACTORS } from '../lib/extractors/index';
import { extractWith } from '../lib/extractors/run';
import type { PageExtraction } from '../lib/extractors/types';

export default defineUnlistedScript((): PageExtraction =>
  extractWith(EXTRACTORS, document, location.href),
);

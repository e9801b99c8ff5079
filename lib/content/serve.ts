/**
 * What every content script does: register one listener that extracts on request.
 * Nothing runs at page load but this registration (and, on listing pages, the buttons).
 *
 * It talks to `chrome.runtime` / `browser.runtime` directly rather than through
 * webextension-polyfill: the polyfill alone would take most of the 15 KB budget for
 * content scripts, and `onMessage` returning a promise (Firefox) or calling
 * `sendResponse` (Chrome) is the only difference that matters here.
 */

import { extractWith } from '../extractors/run';
import type { Extractor, PageExtraction } from '../extractors/types';
import { dispatch, type Handlers } from '../messaging';

interface RuntimeLike {
  onMessage: {
    addListener(
      listener: (
        message: unknown,
        sender: unknown,
        sendResponse: (reply: unknown) => void,
      ) => unknown,
    ): void;
  };
}

export function runtimeApi(): RuntimeLike {
  const scope = globalThis as {
    browser?: { runtime: RuntimeLike };
    chrome?: { runtime: RuntimeLike };
  };
  const api = scope.browser?.runtime ?? scope.chrome?.runtime;
  if (!api) throw new Error('no extension runtime');
  return api;
}

export function serveExtraction(extractors: Extractor[], doc: Document, location: Location): void {
  const handlers: Handlers = {
    extract: async (): Promise<PageExtraction> => extractWith(extractors, doc, location.href),
  };
  runtimeApi().onMessage.addListener((message, _sender, sendResponse) => {
    dispatch(handlers, message).then(sendResponse);
    return true; // keeps the channel open for the asynchronous answer (Chrome)
  });
}

/**
 * What every content script does: register one listener that extracts on request.
 * Nothing runs at page load but this registration (and, on listing pages, the buttons).
 *
 * It talks to `chrome.runtime` / `browser.runtime` directly rather than through
 * webextension-polyfill: the polyfill alone would take most of the 15 KB budget for
 * content scripts, and `onMessage` returning a promise (Firefox) or calling
 * `sendResponse` (Chrome) is the only difference that matters here.
 */

import { extractWith } from '../../lib/extractors/run';
import type { Extractor, PageExtraction } from '../../lib/extractors/types';
import { extractMessage } from '../../lib/messages/request-schemas';
import { dispatch, handlerMap, type MessageSender, type Send } from '../../lib/messaging';
import { backgroundSend, type RuntimeSend } from '../background-send';

interface RuntimeLike {
  onMessage: {
    addListener(
      listener: (
        message: unknown,
        sender: MessageSender,
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
  const handlers = handlerMap({
    extract: {
      schema: extractMessage,
      answer: async (): Promise<PageExtraction> => extractWith(extractors, doc, location.href),
    },
  });
  runtimeApi().onMessage.addListener((message, from, sendResponse) => {
    dispatch(handlers, message, from).then(sendResponse);
    return true; // keeps the channel open for the asynchronous answer (Chrome)
  });
}

/** `send` to the background, for listing-page Save buttons (the native runtime, as above). */
export function backgroundSender(): Send {
  const scope = globalThis as {
    browser?: { runtime: RuntimeSend };
    chrome?: { runtime: RuntimeSend };
  };
  return backgroundSend(scope.browser?.runtime ?? scope.chrome?.runtime);
}

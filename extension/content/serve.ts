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
import { dispatch, type Handlers, type Message, type Reply } from '../../lib/messaging';

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

/**
 * Sends one message to the background and returns its reply as a value (never throws):
 * listing-page Save buttons use it. Same direct-runtime choice as above.
 */
export async function sendToBackground(message: Message): Promise<Reply<unknown>> {
  const scope = globalThis as {
    browser?: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
    chrome?: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
  };
  const runtime = scope.browser?.runtime ?? scope.chrome?.runtime;
  if (!runtime) return { ok: false, error: 'no extension runtime' };
  try {
    const reply = (await runtime.sendMessage(message)) as Reply<unknown> | undefined;
    return reply ?? { ok: false, error: 'no answer from the extension' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

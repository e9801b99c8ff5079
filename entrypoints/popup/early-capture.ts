/**
 * The popup's first request, sent before the rest of its code is evaluated (ask-tab.ts): the
 * tab's content script is asked for the page at once, and its answer travels while Preact,
 * the polyfill and the schemas are set up and the interface is first rendered, instead of
 * after.
 *
 * It uses the browser's own `tabs` object (a promise-returning `sendMessage` in Chrome MV3
 * and Firefox), not the polyfill, which is not set up yet at that point. The answer is
 * handed to `captureTab` as the reply to its first `extract` message, so it is checked
 * and read exactly as any other reply.
 */
import type { CaptureApi } from '../../extension/tab-capture';
import type { Message } from '../../lib/messaging';

export interface EarlyCapture {
  tabId: number;
  /** The content script's raw reply to `extract` (a rejection if none answered). */
  reply: Promise<unknown>;
}

interface NativeTabs {
  sendMessage(tabId: number, message: Message): Promise<unknown>;
}

/** Asks the tab the popup was opened for; none when the popup does not know its tab yet. */
export function askEarly(tabId: number | undefined): EarlyCapture | undefined {
  const scope = globalThis as { browser?: { tabs?: NativeTabs }; chrome?: { tabs?: NativeTabs } };
  const tabs = scope.browser?.tabs ?? scope.chrome?.tabs;
  if (tabId === undefined || !tabs) return undefined;
  let reply: Promise<unknown>;
  try {
    reply = tabs.sendMessage(tabId, { type: 'extract' });
  } catch (error) {
    reply = Promise.reject(error);
  }
  // Read later by captureTab; until then a page without a content script is not an error.
  reply.catch(() => undefined);
  return { tabId, reply };
}

/** `api`, whose first `extract` message to the early-asked tab gets the early reply. */
export function withEarlyReply(api: CaptureApi, early: EarlyCapture | undefined): CaptureApi {
  let pending = early;
  return {
    ...api,
    sendMessage(tabId, message) {
      if (pending && tabId === pending.tabId && message.type === 'extract') {
        const { reply } = pending;
        pending = undefined;
        return reply;
      }
      return api.sendMessage(tabId, message);
    },
  };
}

/**
 * The popup's first request, sent before its interface code has loaded (by popup-early.js,
 * a classic script that runs while the modules are still being fetched): the tab's content
 * script is asked for the page meanwhile, instead of after (the answer takes about as long
 * as that code takes to load).
 *
 * It uses the browser's own `tabs` object (a promise-returning `sendMessage` in Chrome MV3
 * and Firefox), not the polyfill, which is part of the code still loading. The answer is
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

// The hand-over between the popup's two scripts (popup-early.js, then the module): one
// property of the page's global object, taken once.
const HANDOVER = '__paperShelfEarlyCapture';

/** Leaves the early request for the popup's module (called by popup-early.js). */
export function leaveEarly(early: EarlyCapture | undefined): void {
  if (early) (globalThis as Record<string, unknown>)[HANDOVER] = early;
}

/** The request popup-early.js left, if any (taken: a second call gets none). */
export function takeEarly(): EarlyCapture | undefined {
  const scope = globalThis as Record<string, unknown>;
  const early = scope[HANDOVER] as EarlyCapture | undefined;
  delete scope[HANDOVER];
  return early;
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

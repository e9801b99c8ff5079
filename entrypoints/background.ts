import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { Badge } from '../extension/background/badge';
import { backgroundListener } from '../extension/background/handlers';
import { LateDetails } from '../extension/background/late-details';
import {
  type QuickSaveDeps,
  quickSaveTab,
  saveAndConfirm,
} from '../extension/background/quick-save';
import { SavedKeys } from '../extension/background/saved-keys';
import { welcomeOnInstall } from '../extension/background/welcome';
import { SAVE_PAGE_COMMAND } from '../extension/commands';
import { refreshTab, refreshTabs } from '../extension/background/saved-state';
import { captureLink, captureTab, extensionCaptureApi } from '../extension/tab-capture';
import type { SaveResult } from '../lib/messaging';
import { popupPathFor } from '../lib/popup-path';
import { enrichCapture } from '../lib/sources';
import { storageCache } from '../lib/sources/storage-cache';
import { CollectionStore } from '../lib/store/collection-store';

export const SAVE_LINK_MENU = 'save-link';

export default defineBackground(() => {
  // Opened on first use, not at start-up: the worker wakes often and saves rarely. The
  // store reopens its connection itself when it is lost; a failed first open is not kept.
  let store: Promise<CollectionStore> | undefined;
  const openShelf = () => {
    store ??= CollectionStore.open().catch((error: unknown) => {
      store = undefined;
      throw error;
    });
    return store;
  };
  // Chrome's MV3 build has `action`; Firefox's MV2 build has the same API as `browserAction`.
  const action = browser.action ?? browser.browserAction;
  const badge = new Badge(action);
  void badge.init();
  const savedKeys = new SavedKeys(openShelf);
  const cache = storageCache(browser.storage.local);
  // Details a save lacked, asked for after it and merged into the record: for the popup's
  // saves too, which may be closed before the API answers.
  const lateDetails = new LateDetails({
    shelf: openShelf,
    enrich: (capture) => enrichCapture(capture, { fetch: (url, init) => fetch(url, init), cache }),
  });
  const deps: QuickSaveDeps = { shelf: openShelf, badge, lateDetails };
  const captureApi = extensionCaptureApi(browser);

  /** After a change to the collection: every tab's badge anew (others may show that work). */
  async function refreshAllTabs() {
    await refreshTabs(savedKeys, badge, await browser.tabs.query({}));
  }

  /** A save made here: its key joins the saved ones without reading them all again. */
  function savedHere(result: SaveResult) {
    savedKeys.add(result.item.key);
    void refreshAllTabs();
  }

  /** The keyboard shortcut: save the page without opening the popup. */
  async function savePage(tabId: number) {
    const tabInfo = async () => {
      const tab = await browser.tabs.get(tabId);
      return { id: tabId, url: tab.url, title: tab.title };
    };
    const captured = await captureTab(tabId, tabInfo, captureApi);
    const outcome = await quickSaveTab(tabId, captured, deps);
    if (outcome.ok) savedHere(outcome.result);
    return outcome;
  }

  /** The context menu on a link: its URL says what it is, its text is the title. */
  async function saveLink(url: string, tabId: number, text?: string) {
    const capture = captureLink(url, text ?? (await linkText(tabId, url)));
    if (!capture) return { ok: false as const, reason: 'not a link Paper Shelf can save' };
    const outcome = await saveAndConfirm(tabId, capture, deps);
    if (outcome.ok) savedHere(outcome.result);
    return outcome;
  }

  /** Chrome does not pass a link's text to the menu handler: read it from the page. */
  async function linkText(tabId: number, url: string): Promise<string | undefined> {
    try {
      const [frame] = await browser.scripting.executeScript({
        target: { tabId },
        func: (href: string) =>
          [...document.links].find((link) => link.href === href)?.textContent?.trim(),
        args: [url],
      });
      return typeof frame?.result === 'string' ? frame.result : undefined;
    } catch {
      return undefined; // a page we may not read: the API or the URL gives the title
    }
  }

  const listener = backgroundListener({
    shelf: openShelf,
    savedKeys,
    refreshAllTabs,
    extensionId: browser.runtime.id,
    extensionBase: browser.runtime.getURL('/'),
    lateDetails,
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => listener(message, sender));

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== SAVE_PAGE_COMMAND) return;
    const tabId =
      tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) await savePage(tabId);
  });

  // What the last onInstalled did, for end-to-end tests: they wait for it instead of
  // sleeping before they check that an update opened no tab.
  const installs: { reason: string; welcomed: boolean }[] = [];
  browser.runtime.onInstalled.addListener(async (details) => {
    browser.contextMenus.create({
      id: SAVE_LINK_MENU,
      title: 'Save link to Paper Shelf',
      contexts: ['link'],
    });
    const welcomed = await welcomeOnInstall(details, {
      url: (path) => browser.runtime.getURL(path),
      openTab: (properties) => browser.tabs.create(properties),
    }).catch(() => false);
    installs.push({ reason: details.reason, welcomed });
  });
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== SAVE_LINK_MENU || !info.linkUrl || tab?.id === undefined) return;
    const text = (info as { linkText?: string }).linkText; // Firefox gives it, Chrome does not
    await saveLink(info.linkUrl, tab.id, text);
  });

  // Per navigation, for `npm run bench`: ms from the update event to the badge decided
  // (the answer known, the call to Chrome made) and to Chrome having shown it.
  const badgeTimings: { decided: number; shown: number }[] = [];
  browser.tabs.onRemoved.addListener((tabId) => badge.forget(tabId));
  browser.tabs.onUpdated.addListener(async (tabId, change, tab) => {
    if (change.url === undefined && change.status !== 'loading') return;
    const started = performance.now();
    let decided = Number.NaN;
    const url = change.url ?? tab.url;
    await refreshTab(savedKeys, badge, { id: tabId, url }, () => {
      decided = performance.now() - started;
    });
    badgeTimings.push({ decided, shown: performance.now() - started });
    if (badgeTimings.length > 200) badgeTimings.shift();
    // After the badge, which the user sees first. Chrome forgets a tab's popup on navigation.
    action.setPopup({ tabId, popup: popupPathFor(tabId) }).catch(() => undefined);
  });

  // What the browser's own UI triggers (a shortcut, a context menu), callable from the
  // service worker's console and from end-to-end tests, which cannot press those.
  Object.assign(globalThis, { paperShelf: { savePage, saveLink, badgeTimings, installs } });
});

/** The popup's interface and the services it is given, started by main.ts. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { backgroundSend } from '../../extension/background-send';
import { tabFromPopupSearch } from '../../lib/popup-path';
import {
  captureTab,
  extensionCaptureApi,
  NOTHING_TO_CAPTURE,
  type TabCapture,
  type TabInfo,
} from '../../extension/tab-capture';
import type { CollectionStore } from '../../lib/store/collection-store';
import { App } from './App';
import { type EarlyCapture, withEarlyReply } from './early-capture';
import type { PopupServices } from './services';

async function tabInfo(tabId: number): Promise<TabInfo> {
  const tab = await browser.tabs.get(tabId);
  return { id: tabId, url: tab.url, title: tab.title };
}

async function activeTab(): Promise<TabInfo | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url, title: tab.title };
}

async function captureTarget(early: EarlyCapture | undefined): Promise<TabCapture> {
  // The popup Chrome opens on a tab names it (`?tab=<id>`, set by the background; tests
  // open it so too), which spares asking for the active tab.
  const asked = tabFromPopupSearch(location.search);
  const active = asked === undefined ? await activeTab() : null;
  const tabId = asked ?? active?.id;
  if (tabId === undefined) return { kind: 'nothing', reason: NOTHING_TO_CAPTURE };
  const info = () => (active ? Promise.resolve(active) : tabInfo(tabId));
  return captureTab(tabId, info, withEarlyReply(extensionCaptureApi(browser), early));
}

function services(early: EarlyCapture | undefined): PopupServices {
  // Asked now, while the first render happens: the component's effects run a frame later.
  const captured = captureTarget(early);
  // Opened on first use, once the item is shown: opening it now would put its callbacks
  // on the main thread just when the tab's answer arrives.
  // The store's code loads then too: the item shows without waiting for it.
  let opened: Promise<CollectionStore> | undefined;
  const store = () =>
    (opened ??= import('../../lib/store/collection-store').then((m) => m.CollectionStore.open()));
  const toBackground = backgroundSend(browser.runtime);
  return {
    capture: () => captured,
    // The API clients load only when a capture lacks something: most pages give it all.
    async enrich(capture) {
      const [{ enrichCapture }, { storageCache }] = await Promise.all([
        import('../../lib/sources'),
        import('../../lib/sources/storage-cache'),
      ]);
      const cache = storageCache(browser.storage.local);
      return enrichCapture(capture, { fetch: (url, init) => fetch(url, init), cache });
    },
    async filingContext(capture) {
      const [{ loadFilingContext }, opened] = await Promise.all([
        import('../../lib/store/filing-context'),
        store(),
      ]);
      return loadFilingContext(opened, capture);
    },
    connections: async (capture) => (await store()).connections(capture),
    async suggestTopics(capture) {
      const { title, abstract, description, kind } = capture;
      const reply = await toBackground('suggestTopics', {
        capture: { title, abstract, description, kind },
      });
      return reply.ok ? reply.value.suggestions : [];
    },
    save: async (request) => (await store()).save(request),
    remove: async (key) => (await store()).remove(key),
    // Loaded when asked, like the store: the rulebook stays out of the popup's first paint.
    async removeFromList(key, listId) {
      const [{ removeFromList }, opened] = await Promise.all([
        import('../../lib/store/remove-from-list'),
        store(),
      ]);
      return removeFromList(opened, key, listId);
    },
    restore: async (item) => (await store()).restore(item),
    async copyBibtex(capture) {
      const [{ citeWithSources }, { storageCache }] = await Promise.all([
        import('../../lib/store/cite'),
        import('../../lib/sources/storage-cache'),
      ]);
      const sources = { fetch: (url: string, init?: RequestInit) => fetch(url, init) };
      const cited = await citeWithSources(
        await store(),
        { unsaved: capture },
        { ...sources, cache: storageCache(browser.storage.local) },
      );
      await navigator.clipboard.writeText(cited.text);
    },
    async copyMarkdown(request) {
      const [{ copyMarkdown }, opened] = await Promise.all([
        import('../../lib/collection/copy-markdown'),
        store(),
      ]);
      const text = copyMarkdown(await opened.readAll(), request, new Date());
      await navigator.clipboard.writeText(text);
    },
    openLibrary() {
      browser.runtime.openOptionsPage().then(
        () => window.close(),
        () => undefined,
      );
    },
    changed() {
      void toBackground('savedStateChanged', {});
    },
    completeDetails(key) {
      void toBackground('completeDetails', { key });
    },
  };
}

export function start(early: EarlyCapture | undefined): void {
  const root = document.getElementById('app');
  if (root) render(<App services={services(early)} />, root);
}

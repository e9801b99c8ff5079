import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import './popup.css';
import { tabFromPopupSearch } from '../../lib/popup-path';
import {
  captureTab,
  extensionCaptureApi,
  NOTHING_TO_CAPTURE,
  type TabCapture,
  type TabInfo,
} from '../../lib/capture';
import type { Reply } from '../../lib/messaging';
import { Shelf } from '../../lib/store/shelf';
import type { Topic } from '../../lib/types';
import { App } from './App';
import { loadFilingContext } from './filing-context';
import type { PopupServices } from './services';

async function tabInfo(tabId: number): Promise<TabInfo> {
  const tab = await browser.tabs.get(tabId);
  return { id: tabId, url: tab.url, title: tab.title };
}

async function activeTab(): Promise<TabInfo | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url, title: tab.title };
}

async function captureTarget(): Promise<TabCapture> {
  // The popup Chrome opens on a tab names it (`?tab=<id>`, set by the background; tests
  // open it so too), which spares asking for the active tab.
  const asked = tabFromPopupSearch(location.search);
  const active = asked === undefined ? await activeTab() : null;
  const tabId = asked ?? active?.id;
  if (tabId === undefined) return { kind: 'nothing', reason: NOTHING_TO_CAPTURE };
  const info = () => (active ? Promise.resolve(active) : tabInfo(tabId));
  return captureTab(tabId, info, extensionCaptureApi(browser));
}

function services(): PopupServices {
  // Asked now, while the first render happens: the component's effects run a frame later.
  const captured = captureTarget();
  // Opened on first use, once the item is shown: opening it now would put its callbacks
  // on the main thread just when the tab's answer arrives.
  let opened: Promise<Shelf> | undefined;
  const shelf = () => (opened ??= Shelf.open());
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
    filingContext: async (capture) => loadFilingContext(await shelf(), capture),
    connections: async (capture) => (await shelf()).connections(capture),
    async suggestTopics(capture) {
      const { title, abstract, description, kind } = capture;
      const message = { type: 'suggestTopics', capture: { title, abstract, description, kind } };
      const reply = (await browser.runtime.sendMessage(message)) as Reply<{ topics: Topic[] }>;
      return reply?.ok ? reply.value.topics : [];
    },
    save: async (request) => (await shelf()).save(request),
    remove: async (key) => (await shelf()).remove(key),
    restore: async (item) => (await shelf()).restore(item),
    async copyBibtex(capture) {
      const [{ citeWithSources }, { storageCache }] = await Promise.all([
        import('../../lib/store/cite'),
        import('../../lib/sources/storage-cache'),
      ]);
      const sources = { fetch: (url: string, init?: RequestInit) => fetch(url, init) };
      const cited = await citeWithSources(
        (await shelf()).db,
        { unsaved: capture, now: Date.now() },
        { ...sources, cache: storageCache(browser.storage.local) },
      );
      await navigator.clipboard.writeText(cited.text);
    },
    changed() {
      browser.runtime.sendMessage({ type: 'savedStateChanged' }).catch(() => undefined);
    },
  };
}

const root = document.getElementById('app');
if (root) render(<App services={services()} />, root);

import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import './popup.css';
import { captureTab, NOTHING_TO_CAPTURE, type TabInfo } from '../../lib/capture';
import { enrichCapture } from '../../lib/sources';
import { storageCache } from '../../lib/sources/storage-cache';
import { Shelf } from '../../lib/store/shelf';
import { App } from './App';
import type { PopupServices } from './services';

/** The tab to capture: `?tab=<id>` when given (tests, the shortcut), else the active tab. */
async function targetTab(): Promise<TabInfo | null> {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(asked) && asked > 0) {
    const tab = await browser.tabs.get(asked);
    return { id: asked, url: tab.url, title: tab.title };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url, title: tab.title };
}

function services(): PopupServices {
  const shelf = Shelf.open();
  const cache = storageCache(browser.storage.local);
  return {
    async capture() {
      const tab = await targetTab();
      if (!tab) return { kind: 'nothing', reason: NOTHING_TO_CAPTURE };
      return captureTab(tab, {
        sendMessage: (tabId, message) => browser.tabs.sendMessage(tabId, message),
        injectCaptureScript: async (tabId) => {
          const [frame] = await browser.scripting.executeScript({
            target: { tabId },
            files: ['/capture.js'],
          });
          return frame?.result;
        },
      });
    },
    enrich: (capture) => enrichCapture(capture, { fetch: (...args) => fetch(...args), cache }),
    async findItem(key) {
      const store = await shelf;
      const item = await store.getItem(key);
      return item && { item, places: await store.placesOf(item) };
    },
    topics: async () => (await shelf).topics(),
    save: async (request) => (await shelf).save(request),
  };
}

const root = document.getElementById('app');
if (root) render(<App services={services()} />, root);

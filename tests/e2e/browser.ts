/**
 * Chromium with the built extension loaded, offline: every http(s) request is answered
 * from a saved page or a recorded API response, or refused.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from '@playwright/test';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
export const SHARED = path.resolve(ROOT, '../shared');

/** Debian's Chromium by default; `CHROMIUM_PATH` points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * `userDataDir`: a profile to keep (and restart on); by default a fresh temporary one.
 * The first-run welcome page the install opens is closed, so that tests start from the
 * tabs they open themselves (`keepWelcome`: left open, for the welcome page's own tests).
 * `extensionDir`: another build than `npm run build`'s (a test's own, see wxt.config.ts).
 */
export async function launchWithExtension(
  userDataDir = '',
  { keepWelcome = false, extensionDir = EXTENSION_DIR } = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // Offline even while no route intercepts (the benchmark turns interception off):
      // every host name fails to resolve. Routes answer before any lookup.
      '--host-resolver-rules=MAP * ~NOTFOUND',
    ],
  });
  await refuseNetwork(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const browser = { context, worker, extensionId, close: () => context.close() };
  // Chromium installs a --load-extension extension afresh at every launch, profile kept or
  // not: its onInstalled ("install") opens the welcome page each time.
  const welcome = await welcomeTabs(browser);
  if (!keepWelcome) {
    await worker.evaluate(async (ids) => {
      type Tabs = { remove(ids: number[]): Promise<void> };
      await (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs.remove(ids);
    }, welcome);
  }
  return browser;
}

/** What the background's onInstalled did so far (entrypoints/background.ts). */
export async function installsSeen(
  browser: Pick<ExtensionBrowser, 'worker'>,
): Promise<{ reason: string; welcomed: boolean }[]> {
  return browser.worker.evaluate(() => {
    type Shelf = { installs?: { reason: string; welcomed: boolean }[] };
    return [...((globalThis as { paperShelf?: Shelf }).paperShelf?.installs ?? [])];
  });
}

/**
 * The ids of the tabs showing (or loading) the welcome page, once the background's
 * onInstalled has run to its end (it records each run): waiting for that, not for a time,
 * makes "no tab" as sure as "one tab".
 */
export async function welcomeTabs(
  browser: Pick<ExtensionBrowser, 'worker' | 'extensionId'>,
): Promise<number[]> {
  const deadline = Date.now() + 15_000;
  while ((await installsSeen(browser)).length === 0) {
    if (Date.now() > deadline) throw new Error('the extension was not told it was installed');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return browser.worker.evaluate(async (url) => {
    type Tab = { id?: number; url?: string; pendingUrl?: string };
    type Tabs = { query(query: object): Promise<Tab[]> };
    const { chrome } = globalThis as unknown as { chrome: { tabs: Tabs } };
    const tabs = await chrome.tabs.query({});
    return tabs.flatMap((tab) =>
      (tab.pendingUrl ?? tab.url) === url && tab.id !== undefined ? [tab.id] : [],
    );
  }, `chrome-extension://${browser.extensionId}/welcome.html`);
}

/**
 * Refuses every http(s) request with a clear network error; routes added later (served
 * pages, recorded API answers) take precedence.
 */
export async function refuseNetwork(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    // A route handled meanwhile (a later route answered it, or interception was switched
    // off mid-request) is no error: the request is settled either way.
    (route) => route.abort('internetdisconnected').catch(() => undefined),
  );
}

/** Serves a file at its real URL (exact match, query string ignored). */
export async function serveFile(
  context: BrowserContext,
  url: string,
  file: string,
  contentType = 'text/html; charset=utf-8',
): Promise<void> {
  const body = readFileSync(file);
  const wanted = new URL(url);
  await context.route(
    (candidate) => candidate.origin === wanted.origin && candidate.pathname === wanted.pathname,
    (route) => route.fulfill({ status: 200, contentType, body }),
  );
}

/** The paper most tests save, with the URLs `servePaper` answers at. */
export const PAPER = {
  abs: 'https://arxiv.org/abs/2106.09608v2',
  pdf: 'https://arxiv.org/pdf/2106.09608v2',
  unversionedPdf: 'https://arxiv.org/pdf/2106.09608',
  title: 'Learning Knowledge Graph-based World Models of Textual Environments',
};

/**
 * Serves arXiv 2106.09608v2: its saved abstract page, a stub PDF under both PDF URLs, and
 * the arXiv API's recorded answer (to any query: serve nothing else from that API).
 */
export async function servePaper(context: BrowserContext): Promise<void> {
  await serveFile(context, PAPER.abs, path.join(SHARED, 'pages/arxiv-abs-2106.09608v2.html'));
  const pdf = path.join(ROOT, 'tests/fixtures/e2e/stub.pdf');
  await serveFile(context, PAPER.pdf, pdf, 'application/pdf');
  await serveFile(context, PAPER.unversionedPdf, pdf, 'application/pdf');
  await serveFile(
    context,
    'https://export.arxiv.org/api/query',
    path.join(ROOT, 'tests/fixtures/api/arxiv-2106.09608.xml'),
    'application/atom+xml; charset=utf-8',
  );
}

/** The id Chromium gave a tab, asked from the extension's service worker. */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  const url = page.url();
  const id = await browser.worker.evaluate(async (wanted) => {
    type Tabs = { query(query: object): Promise<{ id?: number; url?: string }[]> };
    const { chrome } = globalThis as unknown as { chrome: { tabs: Tabs } };
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === wanted)?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Opens the popup as a page that captures the given tab (`popup.html?tab=<id>`). */
export async function openPopupFor(browser: ExtensionBrowser, page: Page): Promise<Page> {
  const tabId = await tabIdOf(browser, page);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/**
 * Opens the real toolbar popup on the active tab of the focused window, as a click on the
 * toolbar button does (`action.openPopup()`). Playwright does not attach to that view: read
 * it with `waitForToolbarPopup` from another page of the extension.
 */
export async function openToolbarPopup(browser: ExtensionBrowser): Promise<void> {
  await browser.worker.evaluate(async () => {
    type Action = { openPopup(): Promise<void> };
    const { chrome } = globalThis as unknown as { chrome: { action: Action } };
    await chrome.action.openPopup();
  });
}

export interface ToolbarPopup {
  /** The page Chrome opened, e.g. `…/popup.html?tab=12`. */
  url: string;
  /** Navigation start → the captured item shown (the popup's `paper-shelf:ready` mark). */
  readyMs: number;
  /** The item's title as shown. */
  title: string;
  /** Navigation start → the Topic box focused (`paper-shelf:topic-focus`), when waited for. */
  topicFocusMs?: number;
}

/**
 * A page of the extension that runs nothing (its manifest, shown as text), to read the
 * toolbar popup from: pages of one extension share a process, and so a main thread, so a
 * busy observer (the library page with 10,000 items) would slow the popup it watches.
 */
export async function openObserver(browser: ExtensionBrowser): Promise<Page> {
  const observer = await browser.context.newPage();
  await observer.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
  return observer;
}

/**
 * Waits until the open toolbar popup shows an item, reads it, and closes it. `observer` is
 * a page of the extension (`openObserver`): it reaches the popup's window through
 * `chrome.extension.getViews`.
 */
export async function waitForToolbarPopup(
  observer: Page,
  { topicFocus = false } = {},
): Promise<ToolbarPopup> {
  return observer.evaluate(async (withFocus) => {
    type Extension = { getViews(filter: { type: 'popup' }): Window[] };
    const { chrome } = globalThis as unknown as { chrome: { extension: Extension } };
    const deadline = performance.now() + 10_000;
    while (performance.now() < deadline) {
      const [view] = chrome.extension.getViews({ type: 'popup' });
      // No helper function in here: the benchmark runs this file through tsx, whose
      // esbuild names functions with a `__name` call that does not exist in the page.
      const ready = view?.performance.getEntriesByName('paper-shelf:ready')[0]?.startTime;
      const focused = view?.performance.getEntriesByName('paper-shelf:topic-focus')[0]?.startTime;
      if (view && ready !== undefined && (!withFocus || focused !== undefined)) {
        const title = view.document.querySelector('.item-title')?.textContent ?? '';
        const popup = { url: view.location.href, readyMs: ready, title, topicFocusMs: focused };
        view.close();
        return popup;
      }
      // Coarse on purpose: the observer shares its main thread with the popup.
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('the toolbar popup showed no item within 10 s');
  }, topicFocus);
}

/**
 * Makes `page` the visible tab again before a test goes on with it. Headless Chromium runs
 * no animation frames in a hidden tab, and Playwright's "stable" check before each click
 * waits for two of them: every click in a tab left behind by a newer one cost ~2 s.
 */
export async function backTo(page: Page): Promise<void> {
  await page.bringToFront();
}

export async function openOptions(browser: ExtensionBrowser): Promise<Page> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  return options;
}

/** The most recently opened tab (for pages whose URL the extension may not read). */
export async function newestTabId(browser: ExtensionBrowser): Promise<number> {
  const ids = await browser.worker.evaluate(async () => {
    type Tabs = { query(query: object): Promise<{ id?: number }[]> };
    const { chrome } = globalThis as unknown as { chrome: { tabs: Tabs } };
    return (await chrome.tabs.query({})).map((tab) => tab.id);
  });
  const id = ids.at(-1);
  if (id === undefined) throw new Error('no tab is open');
  return id;
}

/** Every stored record, read straight from the extension's IndexedDB (page or worker). */
export async function storedItems(
  context: Page | Worker,
): Promise<{ key: string; title: string; topicIds: string[] }[]> {
  // Page and Worker take the same no-argument function; their overloads just don't unite.
  return (context as Page).evaluate(async () => {
    // Never create the database here: an empty one would stand in the extension's way.
    const known = await indexedDB.databases();
    if (!known.some((db) => db.name === 'paper-shelf')) return [];
    const request = indexedDB.open('paper-shelf');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = db.transaction('items').objectStore('items').getAll();
    const items = await new Promise<{ key: string; title: string; topicIds: string[] }[]>(
      (resolve, reject) => {
        all.onsuccess = () => resolve(all.result);
        all.onerror = () => reject(all.error);
      },
    );
    db.close();
    return items;
  });
}

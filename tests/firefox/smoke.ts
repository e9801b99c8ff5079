/**
 * The Firefox build, run in Firefox: Debian's firefox-esr, headless, driven by puppeteer-core
 * over WebDriver BiDi (Playwright's patched Firefox cannot be downloaded here, and stock
 * Firefox does not speak Playwright's protocol). The extension is installed as a temporary
 * add-on; a saved arXiv page is served at its real URL by request interception, so this
 * runs offline.
 *
 * Checks, in order: the content script extracts the paper; the background saves it; the
 * store has it; the popup, opened on that tab, shows it as saved.
 *
 * `npm run test:firefox` (builds first). FIREFOX_PATH overrides /usr/bin/firefox-esr.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXTENSION_DIR = path.join(ROOT, '.output/firefox-mv2');
const PAGE_URL = 'https://arxiv.org/abs/2106.09608v2';
const PAGE_HTML = readFileSync(path.join(ROOT, '../shared/pages/arxiv-abs-2106.09608v2.html'));
const TITLE = 'Learning Knowledge Graph-based World Models of Textual Environments';
const ADDON_ID = (
  JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  }
).browser_specific_settings.gecko.id;
/** A ceiling for the whole run: a browser that hangs must not hang the test suite. */
const DEADLINE_MS = 120_000;

/** What the extension pages expose that the checks use (the WebExtension `browser`). */
interface ExtensionGlobals {
  browser: {
    tabs: {
      query(query: { url: string }): Promise<{ id?: number }[]>;
      sendMessage(tabId: number, message: unknown): Promise<unknown>;
    };
    runtime: { sendMessage(message: unknown): Promise<unknown> };
  };
}

async function main(): Promise<void> {
  // A fixed internal UUID, so the test knows the add-on's moz-extension:// origin.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    // Firefox 153 lets WebDriver open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
    },
  });
  try {
    await run(browser, `moz-extension://${uuid}`);
  } finally {
    await browser.close();
  }
}

async function run(browser: Browser, origin: string): Promise<void> {
  const installed = await browser.installExtension(EXTENSION_DIR);
  assert.equal(installed, ADDON_ID, 'the add-on installs under its manifest id');

  const arxiv = await browser.newPage();
  await serveArxiv(arxiv);
  step('arXiv page');
  await arxiv.goto(PAGE_URL, { waitUntil: 'domcontentloaded' });
  assert.equal(await arxiv.title(), await arxiv.evaluate(() => document.title));

  const extension = await browser.newPage();
  step('extension page');
  await openExtensionPage(extension, `${origin}/options.html`);
  const tabId = await extension.evaluate(async (url) => {
    const { browser } = globalThis as unknown as ExtensionGlobals;
    const [tab] = await browser.tabs.query({ url });
    return tab?.id;
  }, PAGE_URL);
  assert.ok(tabId !== undefined, 'the arXiv tab is visible to the extension');

  // 1. The content script answers with the paper.
  const extraction = (await waitFor(() =>
    extension.evaluate((id) => {
      const { browser } = globalThis as unknown as ExtensionGlobals;
      return browser.tabs.sendMessage(id, { type: 'extract' }).catch(() => undefined);
    }, tabId as number),
  )) as { ok: boolean; value?: { extractor: string; captures: { key: string; title: string }[] } };
  assert.equal(extraction.ok, true, `extract failed: ${JSON.stringify(extraction)}`);
  const capture = extraction.value?.captures[0];
  assert.equal(extraction.value?.extractor, 'arxiv-abs');
  assert.equal(capture?.key, 'arxiv:2106.09608');
  assert.equal(capture?.title, TITLE);

  // 2. The background saves it.
  const saved = (await extension.evaluate(async (toSave) => {
    const { browser } = globalThis as unknown as ExtensionGlobals;
    return browser.runtime.sendMessage({ type: 'save', capture: toSave, topic: 'Firefox smoke' });
  }, capture)) as { ok: boolean; value?: { filedUnder: string } };
  assert.equal(saved.ok, true, `save failed: ${JSON.stringify(saved)}`);
  assert.match(saved.value?.filedUnder ?? '', /^Firefox smoke in /);

  // 3. The store has it (read the way every extension page reads it: IndexedDB).
  const stored = await extension.evaluate(
    () =>
      new Promise<{ key: string; title: string } | undefined>((resolve, reject) => {
        const open = indexedDB.open('paper-shelf');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('items').objectStore('items').get('arxiv:2106.09608');
          get.onsuccess = () => resolve(get.result as { key: string; title: string } | undefined);
          get.onerror = () => reject(get.error);
        };
      }),
  );
  assert.equal(stored?.title, TITLE, 'the saved record is in the store');

  // 4. The popup, opened on that tab, says where the paper is.
  const popup = await browser.newPage();
  await openExtensionPage(popup, `${origin}/popup.html?tab=${tabId}`);
  const status = await waitFor(() =>
    popup.evaluate(() => {
      const text = [...document.querySelectorAll('[role="status"]')].map((n) => n.textContent);
      return text.find((line) => line?.startsWith('Already in')) ?? undefined;
    }),
  );
  assert.match(status, /^Already in Firefox smoke in /);
  console.log(
    'firefox smoke: extract, save, store and popup all work in',
    await browserName(popup),
  );
}

/**
 * Firefox's BiDi navigation to a moz-extension:// page loads it but never reports the load
 * (mozilla/firefox-devtools-mcp#87): start it, then wait for the page itself to answer.
 */
async function openExtensionPage(page: Page, url: string): Promise<void> {
  page.goto(url, { timeout: 0 }).catch(() => undefined);
  await waitFor(() =>
    page
      .evaluate(
        (wanted) => (location.href === wanted && document.readyState !== 'loading') || undefined,
        url,
      )
      .catch(() => undefined),
  );
}

function step(name: string): void {
  if (process.env.DEBUG_SMOKE) console.log(`firefox smoke: ${name}`);
}

async function serveArxiv(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url() === PAGE_URL) {
      void request.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: PAGE_HTML,
      });
    } else if (request.url().startsWith('https://')) {
      // Offline: arXiv's stylesheets, scripts and images are not needed to read the page.
      void request.respond({ status: 404, contentType: 'text/plain', body: '' });
    } else {
      void request.continue();
    }
  });
}

/** Polls until `probe` gives a value: content scripts and renders land when they land. */
async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function browserName(page: Page): Promise<string> {
  return page.browser().version();
}

const deadline = setTimeout(() => {
  console.error(`firefox smoke: no result after ${DEADLINE_MS / 1000} s`);
  process.exit(1);
}, DEADLINE_MS);
main().then(
  () => clearTimeout(deadline),
  (error: unknown) => {
    clearTimeout(deadline);
    console.error('firefox smoke failed:', error);
    process.exitCode = 1;
  },
);

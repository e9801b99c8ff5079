/**
 * Issue 12.9: nothing leaves the browser but the metadata look-ups. Every request made while
 * the popup, the library and the Markdown preview of the awesome seed (110 badge images) are
 * open is recorded; none may come from an extension page except the metadata APIs. Then
 * "Load images from the web" fetches the badges on request and shows them.
 */
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import {
  type ExtensionBrowser,
  launchWithExtension,
  openOptions,
  openPopupFor,
  PAPER,
  servePaper,
  SHARED,
} from '../e2e/browser';

const METADATA_APIS = [
  /^https:\/\/export\.arxiv\.org\/api\//,
  /^https:\/\/api\.github\.com\//,
  /^https:\/\/huggingface\.co\/api\//,
];
const SEED = path.join(SHARED, 'seeds/awesome-efficient-llm.md');

let browser: ExtensionBrowser;
const requests: { url: string; from: string }[] = [];

test.beforeEach(async () => {
  requests.length = 0;
  browser = await launchWithExtension();
  await servePaper(browser.context);
  // The badge service, for when the user asks for images: a tiny SVG anyone may read.
  await browser.context.route(
    (url) => url.hostname === 'img.shields.io',
    (route) =>
      route.fulfill({
        status: 200,
        contentType: 'image/svg+xml',
        headers: { 'access-control-allow-origin': '*' },
        body: '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"/>',
      }),
  );
  browser.context.on('request', (request) => {
    let from = 'worker';
    try {
      from = request.frame().url();
    } catch {
      // A service worker or a dedicated worker: the extension's own (no web page has one here).
    }
    requests.push({ url: request.url(), from });
  });
});

test.afterEach(async () => {
  await browser.close();
});

/** http(s) requests an extension page or worker made, metadata look-ups left out. */
function fromExtension(): string[] {
  return requests
    .filter(({ url, from }) => /^https?:/.test(url) && /^(chrome-extension:|worker$)/.test(from))
    .map(({ url }) => url)
    .filter((url) => !METADATA_APIS.some((api) => api.test(url)));
}

/**
 * Returns once every request `page` started so far has been recorded: the page asks a
 * metadata API for a marker URL (one its CSP allows), and the browser reports a page's
 * requests in the order they start. A barrier, not a delay, before a check that nothing left.
 */
async function requestsSettled(page: Page): Promise<void> {
  const marker = `https://export.arxiv.org/api/query?barrier=${Date.now()}`;
  await page.evaluate((url) => fetch(url).catch(() => undefined), marker);
  await expect.poll(() => requests.some(({ url }) => url === marker)).toBe(true);
}

test('popup, library and preview make no request but the metadata look-ups', async () => {
  const page = await browser.context.newPage();
  await page.goto(PAPER.abs);
  const popup = await openPopupFor(browser, page);
  await expect(popup.getByRole('heading', { name: PAPER.title })).toBeVisible();

  const options = await openOptions(browser);
  await options.getByRole('button', { name: 'Import Markdown' }).click();
  await options.getByLabel('Markdown file').setInputFiles(SEED);
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(options.getByRole('status').first()).toContainText('Imported');
  // The import ran in the library's Worker, which the extension's CSP let load.
  expect(options.workers().map((worker) => new URL(worker.url()).pathname)).toContainEqual(
    expect.stringMatching(/^\/assets\/heavy\.worker-.*\.js$/),
  );
  await options.getByRole('button', { name: 'Export Markdown' }).click();
  await options.getByRole('tab', { name: 'Preview' }).click();
  const preview = options.getByRole('region', { name: 'Preview' });
  await expect(preview.getByText(/images? not loaded/)).toBeVisible();
  expect(await preview.locator('.image-placeholder').count()).toBeGreaterThan(100);

  await requestsSettled(options);
  expect(fromExtension()).toEqual([]);

  // The CSP itself refuses a remote image, whoever asks.
  const refused = await options.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) =>
          resolve(event.effectiveDirective),
        );
        const image = document.createElement('img');
        image.src = 'https://img.shields.io/probe.svg';
        document.body.append(image);
      }),
  );
  expect(refused).toBe('img-src');
  requests.length = 0;

  // On request, the badges are fetched and shown from data: URLs.
  await preview.getByLabel('Load images from the web').check();
  await expect(preview.locator('img[src^="data:image/svg+xml"]').first()).toBeVisible();
  const fetched = fromExtension();
  expect(fetched.length).toBeGreaterThan(0);
  expect(fetched.every((url) => url.startsWith('https://img.shields.io/'))).toBe(true);
});

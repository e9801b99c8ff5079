/**
 * Issue 12.3, in the browser: on an arXiv PDF tab the popup knows only the id until the
 * arXiv API answers, which here is when the test lets it (after the save, by construction,
 * not after a delay the save has to beat). A save made before that must end up with the
 * title and authors the popup then shows, even when the popup is closed right after the
 * save: the background completes the record.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import {
  type ExtensionBrowser,
  launchWithExtension,
  openOptions,
  openPopupFor,
  PAPER,
  ROOT,
  servePaper,
} from '../e2e/browser';

let browser: ExtensionBrowser;
/** Lets the held arXiv API answers go. */
let answerApi: () => void;

test.beforeEach(async () => {
  browser = await launchWithExtension();
  await servePaper(browser.context);
  const answer = readFileSync(path.join(ROOT, 'tests/fixtures/api/arxiv-2106.09608.xml'));
  const released = new Promise<void>((resolve) => (answerApi = resolve));
  // Added last, so it wins over servePaper's immediate answer.
  await browser.context.route(
    (url) => url.hostname === 'export.arxiv.org',
    async (route) => {
      await released;
      await route.fulfill({ status: 200, contentType: 'application/atom+xml', body: answer });
    },
  );
});

test.afterEach(async () => {
  answerApi(); // a test that failed before its save leaves no request hanging
  await browser.close();
});

test('a save made before the API answers gets the details when they come', async () => {
  const page = await browser.context.newPage();
  await page.goto(PAPER.pdf);
  const popup = await openPopupFor(browser, page);
  await expect(popup.getByText('Fetching details…')).toBeVisible();
  await popup.getByLabel('Topic').fill('World models');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status').last()).toContainText('Saved');
  answerApi();

  await expect(popup.getByRole('heading', { name: PAPER.title })).toBeVisible({ timeout: 10_000 });
  await expect.poll(() => stored(popup), { timeout: 10_000 }).toEqual(COMPLETE);
});

test('the background completes the record after the popup is closed', async () => {
  const page = await browser.context.newPage();
  await page.goto(PAPER.pdf);
  const popup = await openPopupFor(browser, page);
  await expect(popup.getByText('Fetching details…')).toBeVisible();
  await popup.getByLabel('Topic').fill('World models');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status').last()).toContainText('Saved');
  await popup.close(); // long before the API answers

  const library = await openOptions(browser);
  // What the save wrote: the URL stands in for the title until the API answers.
  expect(await stored(library)).toEqual({ title: 'https://arxiv.org/abs/2106.09608', authors: [] });
  answerApi();
  await expect.poll(() => stored(library), { timeout: 15_000 }).toEqual(COMPLETE);
});

const COMPLETE = { title: PAPER.title, authors: ['Prithviraj Ammanabrolu', 'Mark O. Riedl'] };

/** The stored record's title and authors, read from an extension page's IndexedDB. */
function stored(page: Page): Promise<{ title: string; authors: string[] } | undefined> {
  return page.evaluate(async () => {
    const request = indexedDB.open('paper-shelf');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const get = db.transaction('items').objectStore('items').get('arxiv:2106.09608');
    const item = await new Promise<{ title: string; authors?: string[] } | undefined>(
      (resolve) => (get.onsuccess = () => resolve(get.result)),
    );
    db.close();
    return item && { title: item.title, authors: item.authors ?? [] };
  });
}

/**
 * "Copy BibTeX" end to end in Chromium with the built extension: the popup on a served
 * arXiv page, for the paper before and after it is saved, and the library row's button.
 * The clipboard is read back through the browser's own Clipboard API (the pages are granted
 * clipboard access, as a user's click grants it) and parsed with the BibTeX parser the
 * import uses.
 */
import { expect, type Page, test } from '@playwright/test';
import { type ReadEntry, readBibtex } from '../../lib/bibtex/read';
import {
  type ExtensionBrowser,
  launchWithExtension,
  openOptions,
  openPopupFor,
  PAPER,
  servePaper,
} from './browser';

let browser: ExtensionBrowser;

test.beforeEach(async () => {
  browser = await launchWithExtension();
  await servePaper(browser.context);
  // Granted to every origin: Chromium refuses an origin of the chrome-extension scheme here.
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test.afterEach(async () => {
  await browser.close();
});

/** The one entry on the clipboard, parsed. */
async function clipboardEntry(page: Page): Promise<ReadEntry> {
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const entries = readBibtex(text);
  expect(entries, text).toHaveLength(1);
  return entries[0] as ReadEntry;
}

/** Empties the clipboard, so an entry read after a click is that click's. */
async function clearClipboard(page: Page): Promise<void> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
}

/** arXiv 2106.09608v2 as arXiv's own export writes it (tests/fixtures/bibtex). */
function expectArxivPaper(entry: ReadEntry): void {
  expect(entry.type).toBe('misc');
  expect(entry.key).toBe('ammanabrolu2021learning');
  expect(entry.authors).toEqual(['Prithviraj Ammanabrolu', 'Mark O. Riedl']);
  expect(entry.fields).toMatchObject({
    title: PAPER.title,
    year: '2021',
    eprint: '2106.09608',
    archiveprefix: 'arXiv',
    primaryclass: 'cs.LG',
    doi: '10.48550/arXiv.2106.09608',
    url: 'https://arxiv.org/abs/2106.09608',
  });
}

test('the popup copies BibTeX for a paper not saved, then for it saved, with the same key', async () => {
  const page = await browser.context.newPage();
  await page.goto(PAPER.abs);
  const popup = await openPopupFor(browser, page);
  await expect(popup.getByRole('heading', { name: PAPER.title })).toBeVisible();
  await clearClipboard(popup);

  await popup.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect(popup.getByText('BibTeX copied.')).toBeVisible();
  expectArxivPaper(await clipboardEntry(popup));

  await popup.getByLabel('Topic').fill('World models');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');
  await popup.close();

  // A new popup on the saved paper: the entry is the stored item's, its key kept.
  const saved = await openPopupFor(browser, page);
  await expect(saved.getByRole('button', { name: 'Update' })).toBeVisible();
  await clearClipboard(saved);
  await saved.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect(saved.getByText('BibTeX copied.')).toBeVisible();
  expectArxivPaper(await clipboardEntry(saved));
  const citeKeys = await saved.evaluate(async () => {
    const request = indexedDB.open('paper-shelf');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = db.transaction('items').objectStore('items').getAll();
    const items = await new Promise<{ citeKey?: string }[]>((resolve, reject) => {
      all.onsuccess = () => resolve(all.result);
      all.onerror = () => reject(all.error);
    });
    db.close();
    return items.map((item) => item.citeKey);
  });
  expect(citeKeys).toEqual(['ammanabrolu2021learning']);

  // The library row's button copies the same entry.
  const options = await openOptions(browser);
  await expect(options.getByRole('link', { name: PAPER.title })).toBeVisible();
  await clearClipboard(options);
  await options.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect(options.getByText('BibTeX copied.')).toBeVisible();
  expectArxivPaper(await clipboardEntry(options));
});

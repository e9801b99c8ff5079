import { expect, test } from '@playwright/test';
import {
  type ExtensionBrowser,
  launchWithExtension,
  openObserver,
  openOptions,
  openPopupFor,
  openToolbarPopup,
  PAPER,
  servePaper,
  storedItems,
  tabIdOf,
  waitForToolbarPopup,
} from './browser';

const { abs: ABS_URL, pdf: PDF_URL, title: TITLE } = PAPER;

let browser: ExtensionBrowser;

test.beforeEach(async () => {
  browser = await launchWithExtension();
  await servePaper(browser.context);
});

test.afterEach(async () => {
  await browser.close();
});

test('saves an arXiv paper from its page and exports it under its topic', async () => {
  const page = await browser.context.newPage();
  await page.goto(ABS_URL);
  const popup = await openPopupFor(browser, page);

  await expect(popup.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(popup.getByText('Prithviraj Ammanabrolu, Mark O. Riedl')).toBeVisible();
  await expect(popup.getByText('arXiv:2106.09608v2')).toBeVisible();

  await popup.getByLabel('Topic').fill('World models / Text games');
  await popup.getByLabel('Note').fill('KG world model for text games');
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');
  await expect(popup.getByRole('status')).toContainText('World models / Text games');

  const options = await openOptions(browser);
  await expect(options.getByRole('link', { name: TITLE })).toBeVisible();
  await options.getByRole('button', { name: 'Export Markdown' }).click();
  const markdown = await options.getByRole('textbox', { name: 'Markdown' }).inputValue();
  expect(markdown).toContain('## World models\n');
  expect(markdown).toContain('### Text games\n');
  const entry = `- [${TITLE}](https://arxiv.org/abs/2106.09608) - KG world model for text games`;
  expect(markdown).toContain(entry);
  expect(markdown.indexOf('### Text games')).toBeLessThan(markdown.indexOf(entry));
});

test('saving the same paper again from its PDF URL keeps one record', async () => {
  const page = await browser.context.newPage();
  await page.goto(ABS_URL);
  const first = await openPopupFor(browser, page);
  await first.getByLabel('Topic').fill('World models');
  await first.getByRole('button', { name: 'Save' }).click();
  await expect(first.getByRole('status')).toContainText('Saved');
  await first.close();

  const pdf = await browser.context.newPage();
  await pdf.goto(PDF_URL).catch(() => undefined); // the PDF viewer may report an aborted load
  const second = await openPopupFor(browser, pdf);
  // No content script runs on a PDF: the id comes from the URL, the title from the API.
  await expect(second.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(second.getByRole('status')).toContainText('Already in World models');
  await second.getByRole('button', { name: 'Update' }).click();
  await expect(second.getByRole('status')).toContainText('Saved');

  const count = (await storedItems(second)).length;
  expect(count).toBe(1);
});

test('the toolbar popup itself opens on the page, already told which tab it is for', async () => {
  const observer = await openObserver(browser); // reads the popup, which Playwright cannot
  const page = await browser.context.newPage();
  await page.goto(ABS_URL);
  const tabId = await tabIdOf(browser, page);
  // The background names the tab's popup on each navigation (Chrome resets it then).
  await expect
    .poll(() =>
      browser.worker.evaluate(async (id) => {
        type Action = { getPopup(details: { tabId: number }): Promise<string> };
        const { chrome } = globalThis as unknown as { chrome: { action: Action } };
        return chrome.action.getPopup({ tabId: id });
      }, tabId),
    )
    .toMatch(new RegExp(`/popup\\.html\\?tab=${tabId}$`));

  await page.bringToFront();
  await openToolbarPopup(browser);
  const popup = await waitForToolbarPopup(observer, { topicFocus: true });
  expect(popup.url).toMatch(new RegExp(`/popup\\.html\\?tab=${tabId}$`));
  expect(popup.title).toBe(TITLE);
  expect(popup.readyMs).toBeGreaterThan(0);
  // Filing starts with the topic: the box takes focus by itself once the form shows.
  expect(popup.topicFocusMs).toBeGreaterThan(popup.readyMs);
});

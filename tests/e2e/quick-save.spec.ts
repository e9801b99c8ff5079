/**
 * Saving without the popup (issue 5): the keyboard shortcut, the saved-state badge under
 * another URL form of the same paper, and the link context menu. The browser's own UI
 * (a key press, a native menu) cannot be driven from a test: the test calls the same
 * functions the background runs for them (`paperShelf.savePage` / `saveLink`).
 */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import {
  type ExtensionBrowser,
  launchWithExtension,
  newestTabId,
  PAPER,
  ROOT,
  serveFile,
  servePaper,
  SHARED,
  storedItems,
  tabIdOf,
} from './browser';

const { abs: ABS_URL, unversionedPdf: PDF_URL } = PAPER;

let browser: ExtensionBrowser;

test.beforeEach(async () => {
  browser = await launchWithExtension();
  await servePaper(browser.context);
  await serveFile(
    browser.context,
    'https://github.com/steventroughtonsmith/marzipanify',
    path.join(SHARED, 'pages/github-repo-steventroughtonsmith-marzipanify.html'),
  );
  await serveFile(
    browser.context,
    'https://blog.example.org/reading',
    path.join(ROOT, 'tests/fixtures/e2e/links.html'),
  );
});

test.afterEach(async () => {
  await browser.close();
});

function tabStatus(tabId: number): Promise<string | undefined> {
  return browser.worker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { get(id: number): Promise<{ status?: string }> } };
    };
    return (await chrome.tabs.get(id)).status;
  }, tabId);
}

/** What the toolbar button shows on a tab: its badge text or its tooltip. */
function actionShows(tabId: number, what: 'getBadgeText' | 'getTitle'): Promise<string> {
  return browser.worker.evaluate(
    async ([id, getter]) => {
      type Getter = (details: { tabId: number }) => Promise<string>;
      const { chrome } = globalThis as unknown as { chrome: { action: Record<string, Getter> } };
      return (chrome.action[getter] as Getter)({ tabId: id });
    },
    [tabId, what] as const,
  );
}

const badgeText = (tabId: number) => actionShows(tabId, 'getBadgeText');
const badgeTitle = (tabId: number) => actionShows(tabId, 'getTitle');

type Outcome = { ok: boolean; reason?: string; result?: { filedUnder: string } };

function background<T extends unknown[]>(call: string, ...args: T): Promise<Outcome> {
  return browser.worker.evaluate(
    ([name, rest]) => {
      const shelf = (
        globalThis as unknown as {
          paperShelf: Record<string, (...a: unknown[]) => Promise<Outcome>>;
        }
      ).paperShelf;
      return shelf[name as string]?.(...(rest as unknown[])) as Promise<Outcome>;
    },
    [call, args] as const,
  );
}

test('the shortcut saves the page and the badge confirms it, on every URL form', async () => {
  const page = await browser.context.newPage();
  await page.goto(ABS_URL);
  const tabId = await tabIdOf(browser, page);
  expect(await badgeText(tabId)).toBe('');

  const outcome = await background('savePage', tabId);
  expect(outcome.ok).toBe(true);
  await expect.poll(() => badgeText(tabId)).toBe('✓');
  expect((await storedItems(browser.worker)).map((item) => item.key)).toEqual(['arxiv:2106.09608']);

  const pdf = await browser.context.newPage();
  await pdf.goto(PDF_URL).catch(() => undefined);
  const pdfTab = await tabIdOf(browser, pdf);
  await expect.poll(() => badgeText(pdfTab)).toBe('✓');
  await expect.poll(() => badgeTitle(pdfTab)).toBe('Paper Shelf: saved');

  // Chrome resets a tab's badge and tooltip when it loads another page: both come back.
  await page.goto(`${ABS_URL}?again`);
  await expect.poll(() => badgeText(tabId)).toBe('✓');
  await expect.poll(() => badgeTitle(tabId)).toBe('Paper Shelf: saved');
});

test('the shortcut says on the badge when a page has nothing to save', async () => {
  // A new tab's blank page, left to settle: a navigation committing after the key press
  // would clear the tab's badge (Chrome does that), as it should.
  await browser.context.newPage();
  const tabId = await newestTabId(browser);
  await expect.poll(() => tabStatus(tabId)).toBe('complete');
  const outcome = await background('savePage', tabId);
  expect(outcome).toMatchObject({ ok: false, reason: 'nothing to save on this page' });
  await expect.poll(() => badgeText(tabId)).toBe('!');
  expect(await storedItems(browser.worker)).toEqual([]);
});

test('"Save link to Paper Shelf" saves a linked repo and a linked page', async () => {
  const page = await browser.context.newPage();
  await page.goto('https://blog.example.org/reading');
  const tabId = await newestTabId(browser);

  const repo = await background(
    'saveLink',
    'https://github.com/steventroughtonsmith/marzipanify',
    tabId,
  );
  expect(repo.ok).toBe(true);
  const post = await background(
    'saveLink',
    'https://example.org/posts/attention',
    tabId,
    'Attention, explained',
  );
  expect(post.ok).toBe(true);

  const items = await storedItems(browser.worker);
  expect(items.map((item) => [item.key, item.title]).sort()).toEqual([
    ['github:steventroughtonsmith/marzipanify', 'steventroughtonsmith/marzipanify'],
    ['url:https://example.org/posts/attention', 'Attention, explained'],
  ]);
});

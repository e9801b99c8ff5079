/**
 * Nothing from a page or an imported file runs in the extension: a hostile list and a
 * hostile page go through every view (library, search, editor, preview, raw Markdown,
 * diff, popup) while every payload would set `window.__pwned` or open a dialog; and the
 * exported Markdown still reads back as the same entries.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { importList } from '../../lib/markdown/index';
import {
  backTo,
  type ExtensionBrowser,
  launchWithExtension,
  openPopupFor,
  ROOT,
  serveFile,
  storedItems,
} from './browser';

const HOSTILE_URL = 'https://arxiv.org/abs/2403.66666v1';
const LIST = path.join(ROOT, 'tests/fixtures/library/hostile-list.md');
const TOPIC = 'Evil <script>window.__pwned=1</script> / [x](javascript:alert(1)) *y*';

let browser: ExtensionBrowser;
const dialogs: string[] = [];

function watch(page: Page): Page {
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => undefined);
  });
  return page;
}

async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
}

test.beforeEach(async () => {
  dialogs.length = 0;
  browser = await launchWithExtension();
  browser.context.on('page', watch);
  await serveFile(
    browser.context,
    HOSTILE_URL,
    path.join(ROOT, 'tests/fixtures/library/hostile-arxiv-abs.html'),
  );
});

test.afterEach(async () => {
  await browser.close();
});

test('a hostile list and a hostile page run nothing in any view and export round-trips', async () => {
  // Every view of two lists in turn: longer than one save, and the CPU is shared.
  test.setTimeout(90_000);
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByRole('button', { name: 'Import Markdown' }).click();
  await options.getByLabel('Markdown file').setInputFiles(LIST);
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(options.getByRole('status')).toContainText('Imported');
  await expectNothingRan(options);

  const page = await browser.context.newPage();
  await page.goto(HOSTILE_URL);
  const popup = await openPopupFor(browser, page);
  await expect(popup.getByRole('heading', { name: /Evil/ })).toBeVisible();
  await popup.getByLabel('Topic').fill(TOPIC);
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');
  await expectNothingRan(popup);
  await popup.reload(); // the popup again, now showing "already in" with the hostile topic
  await expect(popup.getByRole('heading', { name: /Evil/ })).toBeVisible();
  await expectNothingRan(popup);

  await backTo(options);
  await options.reload();
  // Every topic (its row, not the chosen row's Manage button), the search results, the editor.
  const topics = options.getByRole('navigation', { name: 'Topics' }).locator('.topic-button');
  for (let i = 0; i < (await topics.count()); i++) await topics.nth(i).click();
  await options.getByLabel('Search').fill('evil');
  await expect(options.getByRole('link', { name: /Evil/ })).toBeVisible();
  await options.getByRole('button', { name: 'Edit' }).first().click();
  await expect(options.getByLabel('Title')).toHaveValue(/Evil/);
  await options.getByRole('button', { name: 'Cancel' }).click();
  await options.getByLabel('Search').fill('');
  await expectNothingRan(options);

  await options.getByRole('button', { name: 'Export Markdown' }).click();
  await options.getByRole('tab', { name: 'Preview' }).click();
  const preview = options.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('Tricks');
  const unsafe = await preview.evaluate((root) => {
    const found: string[] = [];
    for (const element of root.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase();
      if (['script', 'iframe', 'object', 'embed', 'style', 'form'].includes(tag)) found.push(tag);
      for (const attribute of element.attributes) {
        if (attribute.name.startsWith('on')) found.push(`${tag}[${attribute.name}]`);
        if (/^\s*(javascript|vbscript|data):/i.test(attribute.value))
          found.push(`${tag}[${attribute.name}=${attribute.value}]`);
      }
    }
    return found;
  });
  expect(unsafe).toEqual([]);
  // Hovering and clicking what is there runs nothing either.
  await preview.hover();
  await options.getByRole('tab', { name: 'Changes' }).click();
  await expect(options.getByText(/1 item added/)).toBeVisible();
  await options.getByRole('tab', { name: 'Markdown' }).click();
  const markdown = await options.getByRole('textbox', { name: 'Markdown' }).inputValue();
  await expectNothingRan(options);

  // The export reads back as the file's entries plus the saved page, titles unchanged.
  const entry = (e: ReturnType<typeof importList>['entries'][number]) =>
    JSON.stringify([e.topic, e.capture.key, e.capture.title, e.note ?? '']);
  const before = importList(readFileSync(LIST, 'utf8')).entries.map(entry);
  const after = importList(markdown).entries.map(entry);
  const saved = (await storedItems(options)).find((item) => item.key === 'arxiv:2403.66666');
  if (!saved) throw new Error('the hostile page was not saved');
  expect(saved.title).toContain('<script>');
  expect(after).toEqual([...before, JSON.stringify([TOPIC, 'arxiv:2403.66666', saved.title, ''])]);
});

/**
 * The first-run welcome page: a fresh profile opens it once (the background's onInstalled
 * has run to its end and one tab shows it), it shows the save shortcut the browser has, and
 * its links lead into the library's panels. Updates are covered where the decision is made
 * (tests/unit/welcome-on-install.test.ts): Chromium reinstalls a --load-extension
 * extension at each launch, and runtime.reload() disables one, so no update can be staged.
 */
import { expect, type Page, test } from '@playwright/test';
import { type ExtensionBrowser, installsSeen, launchWithExtension, welcomeTabs } from './browser';

let browser: ExtensionBrowser;

test.beforeAll(async () => {
  browser = await launchWithExtension('', { keepWelcome: true });
});

test.afterAll(async () => {
  await browser.close();
});

async function welcomePage(): Promise<Page> {
  const url = `chrome-extension://${browser.extensionId}/welcome.html`;
  await expect.poll(() => browser.context.pages().some((page) => page.url() === url)).toBe(true);
  return browser.context.pages().find((page) => page.url() === url) as Page;
}

test('a fresh profile opens the welcome page once; it shows the shortcut and leads into the library', async () => {
  expect(await installsSeen(browser)).toEqual([{ reason: 'install', welcomed: true }]);
  expect(await welcomeTabs(browser)).toHaveLength(1);
  const welcome = await welcomePage();
  await expect(welcome.getByRole('heading', { name: 'Welcome to Paper Shelf' })).toBeVisible();
  // The key as the browser has it, not as the manifest suggests it.
  const shortcut = await browser.worker.evaluate(async () => {
    type Commands = { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
    const { chrome } = globalThis as unknown as { chrome: { commands: Commands } };
    return (await chrome.commands.getAll()).find((command) => command.name === 'save-page')
      ?.shortcut;
  });
  expect(shortcut).toBeTruthy();
  await expect(welcome.locator('kbd')).toHaveText(shortcut as string);

  await welcome.getByRole('link', { name: 'Import a Markdown file' }).click();
  await expect(welcome).toHaveURL(/\/options\.html#import-markdown$/);
  await expect(welcome.getByRole('form', { name: 'Import Markdown' })).toBeVisible();
  await expect(welcome.getByLabel('Markdown file')).toBeVisible();
  await welcome.goBack();
  await welcome.getByRole('link', { name: 'Import from a GitHub URL' }).click();
  await expect(welcome.getByLabel('Import a list from a GitHub file')).toBeVisible();
  await welcome.close();
});

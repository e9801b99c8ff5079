/**
 * What the popup and the library look like, compared with committed baselines
 * (`screenshots.spec.ts-snapshots/`), so a layout regression shows as a failed test with a
 * diff image. Tolerant thresholds: anti-aliasing differs between machines, a moved field
 * does not. After an intended change: `npx playwright test screenshots --update-snapshots`,
 * look at the new images, commit them.
 */
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import {
  type ExtensionBrowser,
  launchWithExtension,
  newestTabId,
  openOptions,
  openPopupFor,
  PAPER,
  ROOT,
  SHARED,
  servePaper,
  serveFile,
} from './browser';

const REPO_URL = 'https://github.com/steventroughtonsmith/marzipanify';
const MODEL_URL = 'https://huggingface.co/huypd1508/wav2vec2-t5-Vietnamese/blob/main/config.json';
const API = path.join(ROOT, 'tests/fixtures/api');
const THEMES = ['light', 'dark'] as const;
const TOLERANCE = { maxDiffPixelRatio: 0.02, threshold: 0.3 };

let browser: ExtensionBrowser;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  browser = await launchWithExtension();
  const { context } = browser;
  await servePaper(context);
  await serveFile(
    context,
    REPO_URL,
    path.join(SHARED, 'pages/github-repo-steventroughtonsmith-marzipanify.html'),
  );
  await serveFile(
    context,
    MODEL_URL,
    path.join(SHARED, 'pages/hf-model-PhanHuyy-blob-config.html'),
  );
  await serveFile(
    context,
    'https://api.github.com/repos/steventroughtonsmith/marzipanify',
    path.join(API, 'github-repo.json'),
    'application/json',
  );
  await serveFile(
    context,
    'https://huggingface.co/api/models/huypd1508/wav2vec2-t5-Vietnamese',
    path.join(API, 'hf-model.json'),
    'application/json',
  );
});

test.afterAll(async () => {
  await browser.close();
});

/** The popup for `url` in each theme, once its form is there and its details are in. */
async function popupShots(url: string, name: string, ready: (popup: Page) => Promise<void>) {
  const page = await browser.context.newPage();
  await page.goto(url).catch(() => undefined);
  // The extension may not read a blank tab's URL: name the newest tab instead.
  const blankTab = url === 'about:blank' ? await newestTabId(browser) : undefined;
  for (const colorScheme of THEMES) {
    const popup =
      blankTab === undefined ? await openPopupFor(browser, page) : await openPopupOn(blankTab);
    await popup.emulateMedia({ colorScheme });
    await popup.setViewportSize({ width: 380, height: 600 });
    await ready(popup);
    await expect(popup.getByText('Fetching details…')).toHaveCount(0);
    await expect(popup.locator('main')).toHaveScreenshot(
      `popup-${name}-${colorScheme}.png`,
      TOLERANCE,
    );
    await popup.close();
  }
  await page.close();
}

async function openPopupOn(tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

const formShown = async (popup: Page) => {
  await expect(popup.getByLabel('Topic')).toBeVisible();
};

async function libraryShots(name: string, ready: (options: Page) => Promise<void>) {
  for (const colorScheme of THEMES) {
    const options = await openOptions(browser);
    await options.emulateMedia({ colorScheme });
    await options.setViewportSize({ width: 1100, height: 800 });
    await ready(options);
    await expect(options).toHaveScreenshot(`library-${name}-${colorScheme}.png`, TOLERANCE);
    await options.close();
  }
}

test('the library, empty', async () => {
  await libraryShots('empty', async (options) => {
    await expect(options.getByText('Your collection is empty')).toBeVisible();
  });
});

test('the first-run welcome page', async () => {
  for (const colorScheme of THEMES) {
    const welcome = await browser.context.newPage();
    await welcome.emulateMedia({ colorScheme });
    await welcome.setViewportSize({ width: 1100, height: 800 });
    await welcome.goto(`chrome-extension://${browser.extensionId}/welcome.html`);
    await expect(welcome.locator('kbd')).toBeVisible();
    await expect(welcome).toHaveScreenshot(`welcome-${colorScheme}.png`, {
      ...TOLERANCE,
      fullPage: true,
    });
    await welcome.close();
  }
});

test('the popup on an arXiv paper', async () => {
  await popupShots(PAPER.abs, 'arxiv', formShown);
});

test('the popup on a GitHub repository', async () => {
  await popupShots(REPO_URL, 'github', formShown);
});

test('the popup on a Hugging Face model', async () => {
  await popupShots(MODEL_URL, 'huggingface', formShown);
});

test('the popup with nothing to save', async () => {
  await popupShots('about:blank', 'nothing', async (popup) => {
    await expect(popup.getByRole('button', { name: 'Open library' })).toBeVisible();
  });
});

test('the popup on a saved paper', async () => {
  const page = await browser.context.newPage();
  await page.goto(PAPER.abs);
  const popup = await openPopupFor(browser, page);
  await popup.getByLabel('Topic').fill('World models / Text games');
  await popup.getByLabel('Note').fill('KG world model');
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(popup.getByRole('status').last()).toContainText('Saved');
  await popup.close();
  await page.close();
  await popupShots(PAPER.abs, 'saved', async (shown) => {
    await expect(shown.getByRole('status').last()).toContainText('Already in');
  });
});

test('the library with an imported list', async () => {
  const options = await openOptions(browser);
  await options.getByRole('button', { name: 'Import Markdown' }).click();
  await options
    .getByLabel('Markdown file')
    .setInputFiles(path.join(SHARED, 'seeds/llm-info-papers.md'));
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(options.getByRole('status')).toContainText('Imported');
  await options.close();
  await libraryShots('imported', async (shown) => {
    const chooser = shown.getByLabel('List', { exact: true });
    await chooser.selectOption({ label: await chooser.locator('option').last().innerText() });
    await expect(shown.locator('.list-header h2')).not.toHaveText('Reading list');
    await expect(shown.getByRole('navigation', { name: 'Topics' })).toBeVisible();
    await expect(shown.locator('.item-row').first()).toBeVisible();
  });
});

/**
 * Capturing each kind of site through the real extension (issue 3) and the popup's
 * everyday use (issue 5): a GitHub repo and a Hugging Face model through the popup, an
 * arXiv listing entry through its Save button, editing on revisit, suggestion chips.
 */
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import {
  type ExtensionBrowser,
  launchWithExtension,
  openOptions,
  openPopupFor,
  ROOT,
  SHARED,
  serveFile,
  storedItems,
  tabIdOf,
} from './browser';
import { clickInShadow, expectShadowText, shadowValue } from './closed-shadow';

const API = path.join(ROOT, 'tests/fixtures/api');
const REPO_URL = 'https://github.com/steventroughtonsmith/marzipanify';
const MODEL_URL = 'https://huggingface.co/huypd1508/wav2vec2-t5-Vietnamese/blob/main/config.json';
const LIST_URL = 'https://arxiv.org/list/cs/2301';
const ABS_URL = 'https://arxiv.org/abs/2106.09608v2';
const FOLLOW_UP_URL = 'https://arxiv.org/abs/2402.99999v1';

let browser: ExtensionBrowser;

test.beforeEach(async () => {
  browser = await launchWithExtension();
  const { context } = browser;
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
  await serveFile(context, LIST_URL, path.join(SHARED, 'pages/arxiv-list-cs-2301.html'));
  await serveFile(context, ABS_URL, path.join(SHARED, 'pages/arxiv-abs-2106.09608v2.html'));
  await serveFile(
    context,
    FOLLOW_UP_URL,
    path.join(ROOT, 'tests/fixtures/e2e/arxiv-abs-2402.99999.html'),
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

test.afterEach(async () => {
  await browser.close();
});

async function saveThroughPopup(page: Page, topic: string): Promise<Page> {
  const popup = await openPopupFor(browser, page);
  const topicBox = popup.getByLabel('Topic');
  await topicBox.fill(topic);
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(popup.getByRole('status').last()).toContainText('Saved');
  return popup;
}

test('saves a GitHub repository and a Hugging Face model through the popup', async () => {
  const repo = await browser.context.newPage();
  await repo.goto(REPO_URL);
  const repoPopup = await saveThroughPopup(repo, 'Tools / Apple');
  await expect(
    repoPopup.getByRole('heading', { name: 'steventroughtonsmith/marzipanify' }),
  ).toBeVisible();
  await expect(repoPopup.getByText('Repository', { exact: true })).toBeVisible();

  const model = await browser.context.newPage();
  await model.goto(MODEL_URL);
  const modelPopup = await saveThroughPopup(model, 'Speech / Vietnamese');
  await expect(
    modelPopup.getByRole('heading', { name: 'huypd1508/wav2vec2-t5-Vietnamese' }),
  ).toBeVisible();
  await expect(modelPopup.getByText('Model', { exact: true })).toBeVisible();

  // The library shows one topic at a time: pick each from the topic list.
  const options = await openOptions(browser);
  const topics = options.getByRole('navigation', { name: 'Topics' });
  await topics.getByRole('button', { name: /^Apple/ }).click();
  await expect(
    options.getByRole('link', { name: 'steventroughtonsmith/marzipanify' }),
  ).toBeVisible();
  await topics.getByRole('button', { name: /^Vietnamese/ }).click();
  await expect(
    options.getByRole('link', { name: 'huypd1508/wav2vec2-t5-Vietnamese' }),
  ).toBeVisible();
  await options.getByRole('button', { name: 'Export Markdown' }).first().click();
  const markdown = await options.getByRole('textbox', { name: 'Markdown' }).inputValue();
  expect(markdown).toContain(
    '- [steventroughtonsmith/marzipanify](https://github.com/steventroughtonsmith/marzipanify)',
  );
  expect(markdown).toContain('## Speech\n');
});

test("a listing entry's Save button files that paper, and the library shows it", async () => {
  // The buttons live in closed shadow roots: closed-shadow.ts reaches them as a person would.
  const listing = await browser.context.newPage();
  await listing.goto(LIST_URL);
  const button = 'Save 2301.00002 to Paper Shelf';
  await expectShadowText(listing, button, 'Save');
  await clickInShadow(listing, button);
  await expect.poll(() => shadowValue(listing, 'Topic for 2301.00002')).toBe('');
  await listing.keyboard.type('From listings');
  await listing.keyboard.press('Enter');
  await expectShadowText(listing, button, '✓ Saved');

  const options = await openOptions(browser);
  await expect(options.getByText('From listings').first()).toBeVisible();
  await expect(options.getByText('arXiv:2301.00002').first()).toBeVisible();

  await listing.reload();
  await expectShadowText(listing, button, '✓ Saved');
  await expectShadowText(listing, 'Save 2301.00001 to Paper Shelf', 'Save');
});

test('revisiting a saved paper shows where it is and edits it', async () => {
  const page = await browser.context.newPage();
  await page.goto(ABS_URL);
  const first = await saveThroughPopup(page, 'World models');
  await first.close();

  const again = await openPopupFor(browser, page);
  await expect(again.getByRole('status').last()).toHaveText(
    'Already in World models in Reading list',
  );
  await again.getByLabel('Note').fill('Re-read the KG section');
  await again.getByRole('checkbox', { name: 'Read' }).check();
  await again.getByLabel('Topic').fill('Games');
  await again.getByLabel('Topic').press('Enter');
  await expect(again.getByRole('status').last()).toHaveText(
    'Saved to World models in Reading list; Games in Reading list',
  );
  await again.close();

  const third = await openPopupFor(browser, page);
  await expect(third.getByLabel('Note')).toHaveValue('Re-read the KG section');
  await expect(third.getByRole('checkbox', { name: 'Read' })).toBeChecked();
  await third.getByRole('button', { name: 'Remove from this list' }).click();
  await expect(third.getByRole('status').last()).toHaveText('Removed from Reading list.');
});

test('suggests the topic whose saved items share the words of a new paper', async () => {
  const repo = await browser.context.newPage();
  await repo.goto(REPO_URL);
  await (await saveThroughPopup(repo, 'Apple tooling')).close();
  const paper = await browser.context.newPage();
  await paper.goto(ABS_URL);
  await (await saveThroughPopup(paper, 'World models')).close();

  const followUp = await browser.context.newPage();
  await followUp.goto(FOLLOW_UP_URL);
  const popup = await openPopupFor(browser, followUp);
  await expect(popup.getByRole('heading', { name: /Knowledge Graph World Models/ })).toBeVisible();
  const chips = popup.getByRole('group', { name: /Suggested/ }).getByRole('button');
  await expect(chips.first()).toHaveText('World models');
  // The last topic used (World models) is prefilled; Enter saves there.
  await expect(popup.getByLabel('Topic')).toHaveValue('World models');
  await popup.getByLabel('Topic').press('Enter');
  await expect(popup.getByRole('status').last()).toContainText('Saved to World models');
});

test("an OpenReview PDF link is saved by its key, completed by the background from OpenReview's API; the library shows its venue", async () => {
  const pdfUrl = 'https://openreview.net/pdf?id=nZeVKeeFYf9';
  const title = 'Sparse Retrievers Learn to Forget';
  await serveFile(
    browser.context,
    'https://api2.openreview.net/notes?id=nZeVKeeFYf9',
    path.join(API, 'openreview-notes-v2.json'),
    'application/json',
  );
  const page = await browser.context.newPage();
  await page.goto(ABS_URL);
  const tabId = await tabIdOf(browser, page);
  // "Save link to Paper Shelf" on a link to the PDF: the URL gives only the key.
  const outcome = await browser.worker.evaluate(
    ([url, tab]) => {
      const shelf = (
        globalThis as unknown as {
          paperShelf: { saveLink(url: string, tabId: number, text?: string): Promise<unknown> };
        }
      ).paperShelf;
      return shelf.saveLink(url, tab, 'pdf');
    },
    [pdfUrl, tabId] as const,
  );
  expect(outcome).toMatchObject({ ok: true, result: { item: { key: 'openreview:nZeVKeeFYf9' } } });
  // After the save, the background asks OpenReview's API (no DOM there) and completes it.
  await expect
    .poll(async () => (await storedItems(browser.worker)).map((item) => item.title))
    .toEqual([title]);

  const options = await openOptions(browser);
  await expect(options.getByRole('link', { name: title })).toBeVisible();
  await expect(
    options.getByText('openreview.net · Adaeze Okafor, Mateo Ruiz Calderón · 2024 · ICLR'),
  ).toBeVisible();
});

/**
 * GitHub sync in Chromium, against the fake GitHub API (tests/fakes/github-api.ts) served at
 * https://api.github.com with context.route(): connect a token, import a list from a GitHub
 * file URL, save a paper from the popup, commit. The file on the fake GitHub must then be
 * the base plus exactly the entry; also with someone else's edit in between; also as a pull
 * request from a fork when the token may not write.
 */
import { expect, type Page, test } from '@playwright/test';
import { diffLines } from '../../lib/diff';
import { FakeGitHub } from '../fakes/github-api';
import {
  type ExtensionBrowser,
  launchWithExtension,
  openOptions,
  openPopupFor,
  PAPER,
  servePaper,
} from './browser';
import { serveFakeGitHub } from './github-route';

const LIST = `# Efficient LLM

## World models

- [Genie: Generative Interactive Environments](https://arxiv.org/abs/2402.15391)

## Quantization

- [GPTQ](https://arxiv.org/abs/2210.17323)
`;
const FILE_URL = 'https://github.com/ana/papers/blob/main/README.md';

let browser: ExtensionBrowser;
let fake: FakeGitHub;

test.beforeEach(async () => {
  browser = await launchWithExtension();
  await servePaper(browser.context);
  fake = new FakeGitHub();
  fake.addToken('tok-ana', 'ana');
  fake.addToken('tok-bo', 'bo');
  fake.addRepo('ana/papers', { 'README.md': LIST });
  await serveFakeGitHub(browser.context, fake);
});

test.afterEach(async () => {
  await browser.close();
});

async function connectAndImport(token: string): Promise<Page> {
  const options = await openOptions(browser);
  await options.getByRole('button', { name: 'GitHub', exact: true }).click();
  await options.getByLabel('Fine-grained token').fill(token);
  await options.getByRole('button', { name: 'Connect', exact: true }).click();
  const panel = options.getByRole('region', { name: 'GitHub' });
  await expect(panel.getByRole('status')).toContainText('Connected to GitHub as @');
  await options.getByLabel('Import a list from a GitHub file').fill(FILE_URL);
  await options.getByRole('button', { name: 'Import from GitHub' }).click();
  await expect(options.locator('.status-bar')).toContainText(
    'Imported “Efficient LLM” from GitHub',
  );
  return options;
}

async function savePaper(topic: string): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(PAPER.abs);
  const popup = await openPopupFor(browser, page);
  await expect(popup.getByRole('heading', { name: PAPER.title })).toBeVisible();
  await popup.getByLabel('Topic').fill(topic);
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status')).toContainText('Saved');
  await popup.close();
  await page.close();
}

async function openCommit(options: Page): Promise<void> {
  await options.reload();
  await options.getByRole('button', { name: 'Export Markdown' }).click();
  await options.getByRole('button', { name: 'Commit to GitHub' }).click();
  await expect(options.getByLabel('Commit message')).toHaveValue('Add 1 paper to World models');
}

function onlyAdded(before: string, after: string): string[] {
  const changed = diffLines(before, after).filter((line) => line.type !== 'same');
  expect(changed.every((line) => line.type === 'added')).toBe(true);
  return changed.map((line) => line.text);
}

test('commit: the file on GitHub becomes the base plus exactly the new entry', async () => {
  const options = await connectAndImport('tok-ana');
  await savePaper('World models');
  await openCommit(options);
  const diff = options.getByTitle('Line diff against the file on GitHub');
  await expect(diff).toContainText(PAPER.title);
  await expect(options.getByRole('region', { name: 'Commit to GitHub' })).toContainText('main');
  await options.getByRole('button', { name: 'Commit', exact: true }).click();
  await expect(options.locator('.status-bar')).toContainText('Committed to README.md on main');
  const written = fake.file('ana/papers', 'README.md') ?? '';
  const added = onlyAdded(LIST, written);
  expect(added).toHaveLength(1);
  expect(added[0]).toContain(`[${PAPER.title}](https://arxiv.org/abs/2106.09608)`);
  // It went into its section, after the entry there.
  expect(written.indexOf(PAPER.title)).toBeLessThan(written.indexOf('## Quantization'));
  await expect(options.getByRole('link', { name: 'See the commit on GitHub' })).toBeVisible();
});

test('commit after someone else changed the file: their lines stay, the entry is added', async () => {
  const options = await connectAndImport('tok-ana');
  await savePaper('World models');
  const theirs = `${LIST}- [AWQ](https://arxiv.org/abs/2306.00978) - added on another device\n`;
  fake.setFile('ana/papers', 'README.md', theirs);
  await openCommit(options);
  // The diff is against the file as it is on GitHub now: their line is not a change.
  const diff = options.getByTitle('Line diff against the file on GitHub');
  await expect(diff).toContainText(PAPER.title);
  await expect(diff.locator('.removed')).toHaveCount(0);
  await options.getByRole('button', { name: 'Commit', exact: true }).click();
  await expect(options.locator('.status-bar')).toContainText('Committed to README.md on main');
  const added = onlyAdded(theirs, fake.file('ana/papers', 'README.md') ?? '');
  expect(added).toHaveLength(1);
  expect(added[0]).toContain(PAPER.title);
});

test('pull request from a fork when the token may not write', async () => {
  const options = await connectAndImport('tok-bo');
  await savePaper('World models');
  await openCommit(options);
  // A commit first: the 403 is one sentence, nothing is written, and the fork path is offered.
  await options.getByRole('button', { name: 'Commit', exact: true }).click();
  await expect(options.locator('.status-error')).toContainText(
    'Nothing was committed, nothing is lost: The token may not do this',
  );
  await expect(options.getByRole('region', { name: 'Commit to GitHub' })).toContainText(
    'You cannot write to this branch: a pull request (from a fork if needed) still can.',
  );
  expect(fake.file('ana/papers', 'README.md')).toBe(LIST);
  await options.getByRole('button', { name: 'Open a pull request instead' }).click();
  await expect(options.getByRole('link', { name: 'Pull request #1' })).toHaveAttribute(
    'href',
    'https://github.com/ana/papers/pull/1',
  );
  expect(fake.file('ana/papers', 'README.md')).toBe(LIST);
  const proposed = fake.file('bo/papers', 'README.md', 'paper-shelf/efficient-llm') ?? '';
  expect(onlyAdded(LIST, proposed)).toHaveLength(1);
  expect(fake.pulls('ana/papers')[0]).toMatchObject({
    head: 'bo:paper-shelf/efficient-llm',
    base: 'main',
    title: 'Add 1 paper to World models',
  });
});

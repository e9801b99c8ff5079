/**
 * The library page in Chromium with the built extension: the whole workflow from an
 * existing list to a file ready to commit, imports that fail cleanly, and many saves at once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { diffLines } from '../../lib/diff';
import {
  backTo,
  type ExtensionBrowser,
  launchWithExtension,
  openOptions,
  openPopupFor,
  PAPER,
  servePaper,
  SHARED,
  storedItems,
} from './browser';

const { abs: ABS_URL, title: TITLE } = PAPER;

let browser: ExtensionBrowser;

test.beforeEach(async () => {
  browser = await launchWithExtension();
  await servePaper(browser.context);
});

test.afterEach(async () => {
  await browser.close();
});

async function importMarkdownFile(options: Page, file: string | { name: string; buffer: Buffer }) {
  await options.getByRole('button', { name: 'Import Markdown' }).click();
  await options
    .getByLabel('Markdown file')
    .setInputFiles(typeof file === 'string' ? file : { ...file, mimeType: 'text/markdown' });
  await options.getByRole('button', { name: 'Import', exact: true }).click();
}

/**
 * Files the popup's item under a topic. The popup prefills the topic field with its best
 * suggestion when that arrives (after the form shows): typing before then raced with it
 * once (the field read "Optimization conceptsPapers / …"), so wait for the suggestions.
 */
async function fileInPopup(popup: Page, topic: string) {
  await expect(popup.getByText('Suggested:')).toBeVisible();
  await popup.getByLabel('Topic').fill(topic);
  await expect(popup.getByLabel('Topic')).toHaveValue(topic);
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByRole('status')).toContainText(`Saved to ${topic} in`);
}

async function countItems(page: Page): Promise<number> {
  return (await storedItems(page)).length;
}

// llm-info-papers.md has two `#` headings (`# Papers`, `# Compression`), so by FORMATS.md
// "Topics are headings" `# Papers` is a topic there, not the title: the path
// `Papers / Optimization concepts` is the file's own section in both seeds.
for (const seed of ['llm-info-papers.md', 'llm-info-readme.md']) {
  test(`workflow: import ${seed}, save a paper through the popup, download the list`, async () => {
    const source = readFileSync(path.join(SHARED, 'seeds', seed), 'utf8');
    const options = await openOptions(browser);
    await importMarkdownFile(options, path.join(SHARED, 'seeds', seed));
    await expect(options.getByRole('status')).toContainText('Imported');

    const page = await browser.context.newPage();
    await page.goto(ABS_URL);
    const popup = await openPopupFor(browser, page);
    await expect(popup.getByRole('heading', { name: TITLE })).toBeVisible();
    await fileInPopup(popup, 'Papers / Optimization concepts');

    await backTo(options);
    await options.reload();
    // Only the new paper is new since the import.
    await expect(options.getByLabel(/New since last export \(1\)/)).toBeVisible();
    await options.getByRole('button', { name: 'Optimization concepts' }).last().click();
    await expect(options.getByRole('link', { name: TITLE })).toBeVisible();

    await options.getByRole('button', { name: 'Export Markdown' }).click();
    await options.getByRole('tab', { name: 'Changes' }).click();
    await expect(options.getByText('1 item added, 0 removed; 0 topics added')).toBeVisible();
    const downloading = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Download' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(seed);
    const exported = readFileSync(await download.path(), 'utf8');
    const changed = diffLines(source, exported).filter((line) => line.type !== 'same');
    expect(changed).toHaveLength(1);
    expect(changed[0]?.type).toBe('added');
    expect(changed[0]?.text).toContain(`[${TITLE}](https://arxiv.org/abs/2106.09608)`);
    // The line sits inside the section: after its heading, before the next one.
    const lines = exported.split('\n');
    const at = lines.indexOf(changed[0]?.text ?? '');
    const heading = lines.findLastIndex((line, i) => i < at && line.startsWith('#'));
    expect(lines[heading]).toBe('## Optimization concepts');

    // The export is recorded: nothing is new any more.
    await expect(options.getByLabel(/New since last export \(0\)/)).toBeVisible();
  });
}

test('a file that is not text changes nothing and the message names the line', async () => {
  const options = await openOptions(browser);
  await expect(options.getByText('Your collection is empty')).toBeVisible();
  const bytes = Buffer.from([
    ...Buffer.from('# List\n\n- [A](https://a.example)\n'),
    0xff,
    0xfe,
    0x41,
    0x0a,
  ]);
  await importMarkdownFile(options, { name: 'broken.md', buffer: bytes });
  await expect(options.getByRole('alert')).toContainText('line 4');
  expect(await countItems(options)).toBe(0);
  await options.reload();
  await expect(options.getByText('Your collection is empty')).toBeVisible();
});

test('backups: export, refuse a broken one by line, restore a good one', async () => {
  const options = await openOptions(browser);
  await importMarkdownFile(options, path.join(SHARED, 'seeds/llm-wiki.md'));
  await expect(options.getByRole('status')).toContainText('Imported');
  const items = await countItems(options);
  expect(items).toBeGreaterThan(5);

  const downloading = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export backup' }).click();
  const backupFile = await downloading;
  expect(backupFile.suggestedFilename()).toMatch(/^paper-shelf-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = readFileSync(await backupFile.path(), 'utf8');
  expect(JSON.parse(backup).items).toHaveLength(items);

  const choose = async (name: string, text: string) => {
    const chooser = options.waitForEvent('filechooser');
    await options.getByRole('button', { name: 'Import backup' }).click();
    await (
      await chooser
    ).setFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
  };
  const lines = backup.split('\n');
  const bad = lines.findIndex((line) => line.includes('"status"'));
  lines[bad] = (lines[bad] as string).replace(/"status": "[^"]*"/, '"status": "someday"');
  await choose('broken.json', lines.join('\n'));
  await expect(options.getByRole('alert')).toContainText(`line ${bad + 1}`);
  expect(await countItems(options)).toBe(items);

  // A different collection replaces this one, then the first comes back.
  const other = JSON.parse(backup);
  other.items = other.items.slice(0, 2);
  await choose('small.json', JSON.stringify(other, null, 2));
  await options.getByRole('button', { name: 'Replace collection' }).click();
  await expect(options.getByRole('status')).toContainText('Backup restored');
  expect(await countItems(options)).toBe(2);
  await choose('full.json', backup);
  await options.getByRole('button', { name: 'Replace collection' }).click();
  await expect(options.getByRole('status')).toContainText(`${items} items`);
  expect(await countItems(options)).toBe(items);
});

// The race is between the saves, not between the test and its timeout: the pages that send
// are opened one after the other first (opening 20 library pages at once was what took 30 s
// on a busy machine), then all 200 saves leave at once.
const SENDERS = 5;
const SAVES_PER_SENDER = 40;

test('200 saves fired at once from several pages all land', async () => {
  const pages: Page[] = [];
  for (let n = 0; n < SENDERS; n++) {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    pages.push(page);
  }
  const replies = await Promise.all(
    pages.map((page, tab) =>
      page.evaluate(
        async ({ tabIndex, perTab }) => {
          const { chrome } = globalThis as unknown as {
            chrome: {
              runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; error?: string }> };
            };
          };
          return Promise.all(
            Array.from({ length: perTab }, (_, n) => {
              const id = `2401.${String(tabIndex * perTab + n).padStart(5, '0')}`;
              return chrome.runtime.sendMessage({
                type: 'save',
                topic: `Tab ${tabIndex % 4}`,
                capture: {
                  key: `arxiv:${id}`,
                  kind: 'paper',
                  url: `https://arxiv.org/abs/${id}`,
                  title: `Paper ${id}`,
                  arxiv: { id },
                },
              });
            }),
          );
        },
        { tabIndex: tab, perTab: SAVES_PER_SENDER },
      ),
    ),
  );
  const failed = replies.flat().filter((reply) => !reply?.ok);
  expect(failed).toEqual([]);
  expect(replies.flat()).toHaveLength(SENDERS * SAVES_PER_SENDER);
  const options = await openOptions(browser);
  expect(await countItems(options)).toBe(200);
  await expect(options.getByRole('button', { name: /^Tab 0/ })).toBeVisible();
});

test('manage: drag an item onto a topic, move with the menu, delete and undo, refresh from the file', async () => {
  const seed = path.join(SHARED, 'seeds/llm-info-papers.md');
  const options = await openOptions(browser);
  await importMarkdownFile(options, seed);
  await expect(options.getByRole('status')).toContainText('Imported');
  const nav = options.getByRole('navigation', { name: 'Topics' });
  const topic = (name: string) => nav.getByRole('button', { name: new RegExp(`^${name}`) });

  // Search across the list, then drag the result onto another topic.
  await options.getByLabel('Search').fill('flashattention');
  const flash = options.getByRole('link', { name: /FlashAttention/ });
  await expect(flash).toHaveCount(1);
  await options.locator('.item-row', { has: flash }).dragTo(topic('Surveys'));
  await expect(options.getByRole('status')).toContainText('Moved 1 item');
  await options.getByLabel('Search').fill('');
  await topic('Surveys').click();
  await expect(options.getByRole('link', { name: /FlashAttention/ })).toBeVisible();

  // The keyboard way: the "Move to…" menu.
  const row = options.locator('.item-row', {
    has: options.getByRole('link', { name: /FlashAttention/ }),
  });
  await row.getByRole('button', { name: 'Move to…' }).press('Enter');
  await expect(row.getByLabel('Move to…')).toBeFocused();
  await row.getByLabel('Move to…').selectOption({ label: 'Papers / Optimization concepts' });
  await expect(options.getByRole('status')).toContainText('Moved 1 item');
  await expect(options.getByRole('link', { name: /FlashAttention/ })).toHaveCount(0);

  // Delete and undo.
  await topic('Optimization concepts').first().click();
  const first = options.locator('.item-row').first();
  const title = (await first.getByRole('link').textContent()) ?? '';
  await first.getByRole('button', { name: 'Delete' }).click();
  await expect(options.getByRole('status')).toContainText('Deleted');
  await expect(options.getByRole('link', { name: title, exact: true })).toHaveCount(0);
  await options.getByRole('button', { name: 'Undo' }).click();
  await expect(options.getByRole('link', { name: title, exact: true })).toBeVisible();

  // Topics are managed in a modal dialog, from the keyboard: Tab never reaches the page
  // behind it (past its last control the browser's own UI may take focus, as in any modal
  // dialog), Escape closes it and focus is back on the topic's row; a rename gives focus
  // back to the renamed row.
  const manage = nav.getByRole('button', { name: 'Manage topic Optimization concepts' });
  await manage.focus();
  await options.keyboard.press('Enter');
  const dialog = options.getByRole('dialog', { name: 'Topic “Papers / Optimization concepts”' });
  await expect(dialog).toBeVisible();
  const stops: string[] = [];
  for (let step = 0; step < 12; step++) {
    await options.keyboard.press('Tab');
    const where = await options.evaluate(() => {
      const active = document.activeElement;
      return !active || active === document.body
        ? 'outside the page'
        : active.closest('dialog')
          ? 'dialog'
          : 'page';
    });
    stops.push(where);
  }
  expect(stops).not.toContain('page');
  expect(stops.filter((stop) => stop === 'dialog').length).toBeGreaterThan(6);
  await options.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(topic('Optimization concepts').first()).toBeFocused();
  await manage.click();
  await dialog.getByLabel('Topic name').fill('Optimization');
  await dialog.getByLabel('Topic name').press('Enter');
  await expect(options.getByRole('status')).toContainText('Topic renamed.');
  await expect(topic('Optimization').first()).toBeFocused();
  await options.getByRole('button', { name: 'Undo' }).click();
  await expect(topic('Optimization concepts')).toHaveCount(1);

  // A paper saved here, then the list refreshed from (a newer copy of) its file: it stays.
  const page = await browser.context.newPage();
  await page.goto(ABS_URL);
  const popup = await openPopupFor(browser, page);
  await fileInPopup(popup, 'Papers / Optimization concepts');
  await backTo(options);
  await options.reload();
  await options.getByRole('button', { name: 'Import Markdown' }).click();
  await options.getByLabel('Markdown file').setInputFiles(seed);
  await expect(options.getByLabel('Into')).toHaveValue(/.+/); // same file name: refresh
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(options.getByRole('status')).toContainText('Refreshed');
  await topic('Optimization concepts').first().click();
  await expect(options.getByRole('link', { name: TITLE })).toBeVisible();
  // The refreshed file puts FlashAttention back where the file has it.
  await topic('Transformer and attention concepts').click();
  await expect(options.getByRole('link', { name: /FlashAttention/ })).toBeVisible();
});

/**
 * BibTeX in Chromium with the built extension: a .bib file imported under a topic, and the
 * list exported back as a .bib download named after it, with the entries' own keys.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readBibtex } from '../../lib/bibtex/read';
import { type ExtensionBrowser, launchWithExtension, openOptions, ROOT } from './browser';

let browser: ExtensionBrowser;

test.beforeEach(async () => {
  browser = await launchWithExtension();
});

test.afterEach(async () => {
  await browser.close();
});

test('import a .bib under a topic, then export the list as BibTeX', async () => {
  const options = await openOptions(browser);
  // An empty collection has no list yet: a Markdown import makes one.
  await options.getByRole('button', { name: 'Import Markdown' }).click();
  await options
    .getByLabel('Or paste the Markdown')
    .fill('# Cited\n\n- [Home](https://example.org)\n');
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(options.getByRole('heading', { name: 'Cited', level: 2 }).first()).toBeVisible();

  await options.getByRole('button', { name: 'Import BibTeX' }).click();
  await options
    .getByLabel('BibTeX file')
    .setInputFiles(path.join(ROOT, 'tests/fixtures/bibtex/refs.bib'));
  await options.getByLabel('Under the topic').fill('From BibTeX');
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(options.getByText(/Imported into “Cited”: 5 new items/)).toBeVisible();

  const downloading = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export BibTeX' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('cited.bib');
  const entries = readBibtex(readFileSync(await download.path(), 'utf8'));
  expect(entries.map((entry) => entry.key)).toEqual(
    expect.arrayContaining(['vaswani2017attention', 'lecun2015deep', 'goedel1931']),
  );
  expect(entries).toHaveLength(6);
});

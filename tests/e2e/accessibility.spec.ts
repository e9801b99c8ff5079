/**
 * axe-core on the views people use (the popup on a paper, the library with an imported
 * list, its topic dialog, the export panel, the first-run welcome page) in the light and the
 * dark theme: no serious or critical
 * violation. Minor and moderate findings are printed, not failed, so they can be weighed.
 */
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import {
  type ExtensionBrowser,
  launchWithExtension,
  openOptions,
  openPopupFor,
  PAPER,
  SHARED,
  servePaper,
} from './browser';

let browser: ExtensionBrowser;

test.beforeAll(async () => {
  browser = await launchWithExtension();
  await servePaper(browser.context);
  const options = await openOptions(browser);
  await options.getByRole('button', { name: 'Import Markdown' }).click();
  await options
    .getByLabel('Markdown file')
    .setInputFiles(path.join(SHARED, 'seeds/llm-info-papers.md'));
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(options.getByRole('status')).toContainText('Imported');
  await options.close();
});

test.afterAll(async () => {
  await browser.close();
});

async function expectNoSeriousViolations(page: Page, view: string, within?: string): Promise<void> {
  const builder = new AxeBuilder({ page });
  if (within) builder.include(within);
  const results = await builder.analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  for (const violation of results.violations.filter((v) => !serious.includes(v))) {
    console.log(`${view}: ${violation.impact} ${violation.id} (${violation.nodes.length})`);
  }
  const report = serious.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
  expect(report, `${view}: serious or critical accessibility violations`).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test('the popup on an arXiv paper', async () => {
      const page = await browser.context.newPage();
      await page.goto(PAPER.abs);
      const popup = await openPopupFor(browser, page);
      await popup.emulateMedia({ colorScheme });
      await expect(popup.getByRole('heading', { name: PAPER.title })).toBeVisible();
      await expect(popup.getByLabel('Topic')).toBeVisible();
      await expectNoSeriousViolations(popup, `popup (${colorScheme})`);
      await popup.close();
      await page.close();
    });

    test('the library with an imported list', async () => {
      const options = await openOptions(browser);
      await options.emulateMedia({ colorScheme });
      await expect(options.getByRole('navigation', { name: 'Topics' })).toBeVisible();
      await expectNoSeriousViolations(options, `library (${colorScheme})`);
      await options.close();
    });

    test('the first-run welcome page', async () => {
      const welcome = await browser.context.newPage();
      await welcome.emulateMedia({ colorScheme });
      await welcome.goto(`chrome-extension://${browser.extensionId}/welcome.html`);
      // Once the shortcut is read from the browser: the page as people see it.
      await expect(welcome.locator('kbd')).toBeVisible();
      await expectNoSeriousViolations(welcome, `welcome (${colorScheme})`);
      await welcome.close();
    });

    test('the topic dialog', async () => {
      const options = await openOptions(browser);
      await options.emulateMedia({ colorScheme });
      await options.getByRole('button', { name: /^Manage topic/ }).click();
      await expect(options.getByRole('dialog')).toBeVisible();
      await options.getByRole('button', { name: 'Delete topic…' }).click();
      await expectNoSeriousViolations(options, `topic dialog (${colorScheme})`, 'dialog');
      await options.close();
    });

    // One test per view of the panel, each checking the panel only (the library test
    // checks the page around it): every axe run over a whole page costs seconds here.
    for (const view of ['Markdown', 'Preview', 'Changes']) {
      test(`the export panel: ${view}`, async () => {
        const options = await openOptions(browser);
        await options.emulateMedia({ colorScheme });
        await options.getByRole('button', { name: 'Export Markdown' }).click();
        await options.getByRole('tab', { name: view }).click();
        await expect(options.getByRole('tab', { name: view })).toHaveAttribute(
          'aria-selected',
          'true',
        );
        await expectNoSeriousViolations(
          options,
          `export ${view} (${colorScheme})`,
          '.export-panel',
        );
        await options.close();
      });
    }
  });
}

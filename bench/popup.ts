/**
 * The popup in real Chromium with the built extension: how long until the captured item
 * is shown, and how long a save takes to commit. Read from the User Timing marks the
 * popup sets (paper-shelf:ready, paper-shelf:save-start, paper-shelf:saved).
 */
import path from 'node:path';
import { type ExtensionBrowser, openPopupFor, SHARED, serveFile } from '../tests/e2e/browser';
import { type Metrics, timed } from './stats';

const ABS_URL = 'https://arxiv.org/abs/2106.09608v2';

/** Serves the saved arXiv page the popup benchmarks capture. */
export async function serveBenchPages(browser: ExtensionBrowser): Promise<void> {
  await serveFile(browser.context, ABS_URL, path.join(SHARED, 'pages/arxiv-abs-2106.09608v2.html'));
}

export async function benchPopup(browser: ExtensionBrowser, runs: number): Promise<Metrics> {
  const page = await browser.context.newPage();
  await page.goto(ABS_URL);
  const popup = await openPopupFor(browser, page);
  const popupUrl = popup.url();
  const ready: number[] = [];
  const save: number[] = [];
  for (let run = 0; run < runs; run++) {
    await popup.goto(popupUrl);
    await popup.getByRole('heading').first().waitFor();
    ready.push(await markTime(popup, 'paper-shelf:ready'));
    await popup.getByLabel('Topic').fill('Bench / Popup');
    await popup.getByRole('button', { name: 'Save' }).click();
    await popup.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    save.push(
      await popup.evaluate(() => {
        const start = performance.getEntriesByName('paper-shelf:save-start').at(-1);
        const end = performance.getEntriesByName('paper-shelf:saved').at(-1);
        return start && end ? end.startTime - start.startTime : Number.NaN;
      }),
    );
  }
  await popup.close();
  await page.close();
  return { popup_ready_ms: timed(ready), save_ms: timed(save) };
}

/** Milliseconds from the page's navigation start to a mark. */
async function markTime(page: import('@playwright/test').Page, name: string): Promise<number> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name);
  return page.evaluate(
    (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN,
    name,
  );
}

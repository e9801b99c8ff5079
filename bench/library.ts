/**
 * The library page with 10,000 items in 100 topics, in Chromium with the built extension:
 * navigation → first topic on screen (`options_ready_10k_ms`) and keystroke in "Search" →
 * results on screen (`search_10k_ms`). Read from the User Timing marks the page sets:
 * paper-shelf:library-ready, paper-shelf:search-start (input handler), paper-shelf:results
 * (layout effect after the results render), paper-shelf:library-complete (all items read).
 */
import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from '../tests/e2e/browser';
import { seedCollection } from './seed';
import { type Metrics, timed } from './stats';

const QUERY = 'sparse';

export async function benchLibrary(browser: ExtensionBrowser, runs: number): Promise<Metrics> {
  const page = await browser.context.newPage();
  const url = `chrome-extension://${browser.extensionId}/options.html`;
  await page.goto(url);
  await waitForMark(page, 'paper-shelf:library-ready');
  await seedCollection(page, { items: 10_000, topics: 100 });
  const ready: number[] = [];
  const search: number[] = [];
  for (let run = 0; run < runs; run++) {
    await page.goto(url);
    await waitForMark(page, 'paper-shelf:library-ready');
    ready.push(
      await page.evaluate(
        () => performance.getEntriesByName('paper-shelf:library-ready')[0]?.startTime ?? Number.NaN,
      ),
    );
    // The page shows the first topic first and reads the other items behind it: search
    // once everything is there, so each keystroke searches all 10,000.
    await waitForMark(page, 'paper-shelf:library-complete');
    const box = page.getByLabel('Search');
    await box.focus();
    // Every keystroke of the query is one sample: the first ones match the most items.
    for (const key of QUERY) {
      const before = await marks(page, 'paper-shelf:results');
      await page.keyboard.press(key);
      await page.waitForFunction(
        (count) => performance.getEntriesByName('paper-shelf:results').length > count,
        before,
      );
      search.push(
        await page.evaluate(() => {
          const start = performance.getEntriesByName('paper-shelf:search-start').at(-1);
          const end = performance.getEntriesByName('paper-shelf:results').at(-1);
          return start && end ? end.startTime - start.startTime : Number.NaN;
        }),
      );
    }
    if (
      !(await page
        .getByRole('link', { name: /Sparse/ })
        .first()
        .isVisible())
    ) {
      throw new Error('the search showed no results');
    }
  }
  await page.close();
  return { options_ready_10k_ms: timed(ready), search_10k_ms: timed(search) };
}

function marks(page: Page, name: string): Promise<number> {
  return page.evaluate((mark) => performance.getEntriesByName(mark).length, name);
}

async function waitForMark(page: Page, name: string): Promise<void> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name);
}

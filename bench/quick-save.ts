/**
 * Saving without the popup, measured in the service worker: `shortcut_save_ms` is the
 * command's handler from start to the ✓ on the badge; `badge_check_ms` is a tab's update
 * event to its badge decided (the worker records each one in `paperShelf.badgeTimings`).
 */
import type { Page } from '@playwright/test';
import { type ExtensionBrowser, tabIdOf } from '../tests/e2e/browser';
import { type Metrics, timed } from './stats';

const ABS_URL = 'https://arxiv.org/abs/2106.09608v2';

interface BenchGlobals {
  paperShelf: { savePage(tabId: number): Promise<{ ok: boolean }>; badgeTimings: number[] };
}

export async function benchQuickSave(browser: ExtensionBrowser, runs: number): Promise<Metrics> {
  const page = await browser.context.newPage();
  await page.goto(ABS_URL); // served by the caller
  const tabId = await tabIdOf(browser, page);
  // Badge first, on a quiet worker: the saves below leave API follow-ups running.
  const badge = await badgeTimings(browser, page, runs);
  const shortcut: number[] = [];
  for (let run = 0; run < runs; run++) {
    shortcut.push(
      await browser.worker.evaluate(async (id) => {
        const { paperShelf } = globalThis as unknown as BenchGlobals;
        const started = performance.now();
        const outcome = await paperShelf.savePage(id);
        if (!outcome.ok) throw new Error('the shortcut did not save');
        return performance.now() - started;
      }, tabId),
    );
  }
  await page.close();
  return { shortcut_save_ms: timed(shortcut), badge_check_ms: timed(badge) };
}

async function badgeTimings(browser: ExtensionBrowser, page: Page, runs: number) {
  const before = await browser.worker.evaluate(
    () => (globalThis as unknown as BenchGlobals).paperShelf.badgeTimings.length,
  );
  for (let run = 0; run < runs; run++) {
    await page.goto(run % 2 ? ABS_URL : `${ABS_URL}?run=${run}`);
  }
  await page.waitForTimeout(200);
  const timings = await browser.worker.evaluate(
    () => (globalThis as unknown as BenchGlobals).paperShelf.badgeTimings,
  );
  return timings.slice(before);
}

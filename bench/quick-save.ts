/**
 * Saving without the popup, measured in the service worker (which records each navigation
 * in `paperShelf.badgeTimings`):
 * - `shortcut_save_ms`: the command's handler from start to the ✓ on the badge;
 * - `badge_check_ms`: a tab's update event to its badge decided (saved or not known, and
 *   Chrome asked to show it);
 * - `badge_shown_ms`: the same event to Chrome confirming the badge is set. Chrome handles
 *   that call while it commits the navigation, so this part is mostly its own queue.
 */
import type { Page } from '@playwright/test';
import { type ExtensionBrowser, tabIdOf } from '../tests/e2e/browser';
import { type Metrics, timed } from './stats';

const ABS_URL = 'https://arxiv.org/abs/2106.09608v2';

interface BenchGlobals {
  paperShelf: {
    savePage(tabId: number): Promise<{ ok: boolean }>;
    badgeTimings: { decided: number; shown: number }[];
  };
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
  const floor = await browserApiFloor(browser, page, tabId, runs);
  await page.close();
  return {
    shortcut_save_ms: timed(shortcut),
    badge_check_ms: timed(badge.map((timing) => timing.decided)),
    badge_shown_ms: timed(badge.map((timing) => timing.shown)),
    badge_api_floor_ms: timed(floor),
  };
}

/**
 * For reading `badge_shown_ms`: the round trip of the cheapest `action` call there is (a
 * read) made by a bare listener at the same moment of the same navigations. No badge code
 * can answer sooner than Chrome answers that.
 */
async function browserApiFloor(
  browser: ExtensionBrowser,
  page: Page,
  tabId: number,
  runs: number,
): Promise<number[]> {
  await browser.worker.evaluate((watched) => {
    type Action = { getBadgeText(details: { tabId: number }): Promise<string> };
    type Tabs = {
      onUpdated: { addListener(listener: (id: number, change: { status?: string }) => void): void };
    };
    const scope = globalThis as unknown as {
      chrome: { action: Action; tabs: Tabs };
      apiFloor: number[];
    };
    scope.apiFloor = [];
    scope.chrome.tabs.onUpdated.addListener(async (id, change) => {
      if (id !== watched || change.status !== 'loading') return;
      const started = performance.now();
      await scope.chrome.action.getBadgeText({ tabId: id });
      scope.apiFloor.push(performance.now() - started);
    });
  }, tabId);
  for (let run = 0; run < runs; run++) {
    await page.goto(run % 2 ? ABS_URL : `${ABS_URL}?floor=${run}`);
  }
  await page.waitForTimeout(200);
  return browser.worker.evaluate(() => (globalThis as unknown as { apiFloor: number[] }).apiFloor);
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

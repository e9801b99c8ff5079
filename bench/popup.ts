/**
 * The popup in real Chromium with the built extension.
 * - `popup_ready_ms`: the real toolbar popup (`action.openPopup()`, as a click opens it) from
 *   its navigation start to the captured item shown, read from the `paper-shelf:ready` mark.
 *   Playwright does not attach to that view, so none of its instrumentation (request
 *   interception, page events) is counted; an idle extension page reads the mark.
 * - `popup_topic_focus_ms`: the same popup's navigation start to its Topic box focused, ready
 *   to type into (`paper-shelf:topic-focus`): the filing form waits for the list's topics.
 * - `save_ms`: Save clicked → record committed, in a popup page Playwright drives
 *   (`paper-shelf:save-start` → `paper-shelf:saved`, both inside the page).
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import {
  type ExtensionBrowser,
  openObserver,
  openPopupFor,
  openToolbarPopup,
  SHARED,
  serveFile,
  tabIdOf,
  waitForToolbarPopup,
} from '../tests/e2e/browser';
import { popupPathFor } from '../lib/popup-path';
import { type Metrics, timed } from './stats';

const ABS_URL = 'https://arxiv.org/abs/2106.09608v2';

/** Serves the saved arXiv page the popup benchmarks capture. */
export async function serveBenchPages(browser: ExtensionBrowser): Promise<void> {
  await serveFile(browser.context, ABS_URL, path.join(SHARED, 'pages/arxiv-abs-2106.09608v2.html'));
}

export async function benchPopup(browser: ExtensionBrowser, runs: number): Promise<Metrics> {
  const observer = await openObserver(browser);
  const page = await browser.context.newPage();
  await page.goto(ABS_URL);
  const { ready, focus, floor } = await toolbarPopupReady(browser, page, observer, runs);
  const save = await saves(browser, page, runs);
  await page.close();
  await observer.close();
  return {
    popup_ready_ms: timed(ready),
    popup_topic_focus_ms: timed(focus),
    popup_floor_ms: timed(floor),
    save_ms: timed(save),
  };
}

/**
 * Each run opens the real popup, then the floor page (entrypoints/floor: a blank extension
 * page that sets the same mark) the same way, so both see the same machine load.
 */
async function toolbarPopupReady(
  browser: ExtensionBrowser,
  page: Page,
  observer: Page,
  runs: number,
): Promise<{ ready: number[]; focus: number[]; floor: number[] }> {
  await page.bringToFront(); // the popup captures the active tab
  const tabId = await tabIdOf(browser, page);
  const ready: number[] = [];
  const focus: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < runs; run++) {
    await openToolbarPopup(browser);
    const popup = await waitForToolbarPopup(observer, { topicFocus: true });
    if (!popup.title.startsWith('Learning Knowledge Graph-based World Models')) {
      throw new Error(`the toolbar popup showed "${popup.title}", not the paper`);
    }
    ready.push(popup.readyMs);
    focus.push(popup.topicFocusMs ?? Number.NaN);
    await page.waitForTimeout(50); // let the closed popup go

    await setTabPopup(browser, tabId, 'floor.html');
    await openToolbarPopup(browser);
    const blank = await waitForToolbarPopup(observer);
    if (!blank.url.endsWith('/floor.html')) throw new Error(`the floor opened ${blank.url}`);
    floor.push(blank.readyMs);
    await setTabPopup(browser, tabId, popupPathFor(tabId));
    await page.waitForTimeout(50);
  }
  return { ready, focus, floor };
}

async function setTabPopup(browser: ExtensionBrowser, tabId: number, popup: string) {
  await browser.worker.evaluate(
    async ({ id, path }) => {
      type Action = { setPopup(details: { tabId: number; popup: string }): Promise<void> };
      const { chrome } = globalThis as unknown as { chrome: { action: Action } };
      await chrome.action.setPopup({ tabId: id, popup: path });
    },
    { id: tabId, path: popup },
  );
}

async function saves(browser: ExtensionBrowser, page: Page, runs: number): Promise<number[]> {
  const popup = await openPopupFor(browser, page);
  const popupUrl = popup.url();
  const save: number[] = [];
  for (let run = 0; run < runs; run++) {
    await popup.goto(popupUrl);
    await popup.getByLabel('Topic').fill('Bench / Popup');
    // The first run saves; the others update the same record.
    await popup.getByRole('button', { name: /^(Save|Update)$/ }).click();
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
  return save;
}

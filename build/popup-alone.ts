/**
 * The popup is bundled in a build step of its own (WXT builds all HTML pages in one step by
 * default), so that everything its first paint runs is one file: in the shared step, Preact,
 * the polyfill and the site rules it shares with the library page went into common chunks,
 * and the popup loaded six scripts and two style sheets before it could show the item.
 * Each file the toolbar popup loads delays it by more than its bytes explain (measured on a
 * loaded 2-core machine: five unused files added to the page cost 14 ms beside a 50 ms
 * floor), and bundling the popup alone saved 5 to 20 ms in each comparison under the same
 * load (issue 16: popup_ready_ms ≤ 1.3 × the floor).
 *
 * The price is size on disk, not on any page: the code the popup loads later (the store,
 * the API clients, BibTeX) is bundled in both steps.
 */
import type { EntrypointGroup } from 'wxt';

/** WXT's `entrypoints:grouped` hook: takes the popup out of the pages' shared build step. */
export function buildPopupAlone(groups: EntrypointGroup[]): void {
  for (const group of groups) {
    if (!Array.isArray(group) || group.length < 2) continue;
    const index = group.findIndex((entry) => entry.type === 'popup');
    if (index < 0) continue;
    groups.push(group.splice(index, 1));
    return;
  }
}

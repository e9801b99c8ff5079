/**
 * Saving without the popup: the keyboard shortcut (current page) and the context menu
 * (a link). Both capture, file under the prefilled topic and confirm on the badge; the
 * site's API is asked for details, but a save never waits on a failed call.
 */
import type { TabCapture } from '../tab-capture';
import type { SaveResult } from '../../lib/messaging';
import type { CollectionStore } from '../../lib/store/collection-store';
import type { Capture } from '../../lib/types';
import type { Badge } from './badge';
import type { LateDetails } from './late-details';
import { prefillTopic } from './prefill';

export interface QuickSaveDeps {
  shelf: () => Promise<CollectionStore>;
  /** Completes the record from the sites' APIs after the save (late-details.ts). */
  lateDetails: Pick<LateDetails, 'after'>;
  badge: Badge;
}

export type QuickSaveOutcome = { ok: true; result: SaveResult } | { ok: false; reason: string };

/** Saves what a tab shows; a listing page or a browser page cannot be saved this way. */
export async function quickSaveTab(
  tabId: number,
  captured: TabCapture,
  deps: QuickSaveDeps,
): Promise<QuickSaveOutcome> {
  if (captured.kind !== 'item') {
    const reason =
      captured.kind === 'listing'
        ? 'a listing page: use the Save button beside an entry'
        : 'nothing to save on this page';
    await deps.badge.showFailure(tabId, reason);
    return { ok: false, reason };
  }
  return saveAndConfirm(tabId, captured.capture, deps);
}

/**
 * Saves a capture (a page's or a link's) and shows ✓ on the tab it came from; then asks
 * the site's API for what the capture lacks and merges the answer into the record
 * (late-details.ts). The save comes first: offline, or with an API that is slow or down, it
 * is already done.
 */
export async function saveAndConfirm(
  tabId: number,
  capture: Capture,
  deps: QuickSaveDeps,
): Promise<QuickSaveOutcome> {
  try {
    const shelf = await deps.shelf();
    const topic = await prefillTopic(shelf, capture);
    const result = await shelf.save({ capture, topic });
    await deps.badge.showSavedState(tabId, true);
    void deps.lateDetails.after(result.item, 'always');
    return { ok: true, result };
  } catch (error) {
    const reason = `not saved (${error instanceof Error ? error.message : String(error)})`;
    await deps.badge.showFailure(tabId, reason);
    return { ok: false, reason };
  }
}

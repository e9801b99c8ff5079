/**
 * The toolbar badge: ✓ on a tab whose work is in the collection, ! when a one-key save
 * could not capture anything. Per tab, so switching tabs needs no work.
 *
 * A check runs on every navigation, while the browser is busy loading the page, so it makes
 * as few calls as it can. Chrome resets a tab's badge text, colour and tooltip when the tab
 * navigates to another document, and `tabs.onUpdated` looks the same for a same-page URL
 * change, which resets nothing. So:
 * - a tab left at the defaults (unsaved) that stays unsaved needs no call at all, either way;
 * - a saved tab gets its text and tooltip every time (they may just have been reset);
 * - the ✓ colour is set once for all tabs, and a tab's own ! colour is undone when it goes.
 */

export interface BadgeApi {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}

export const SAVED_TEXT = '✓';
export const FAILED_TEXT = '!';
const SAVED_COLOR = '#1e7a34';
const FAILED_COLOR = '#b3261e';
const DEFAULT_TITLE = 'Paper Shelf';

type TabState = 'saved' | 'unsaved' | 'failed';

export class Badge {
  private readonly states = new Map<number, TabState>();
  /** Per tab, bumped by every decision: a check that began before a newer one yields. */
  private readonly versions = new Map<number, number>();

  constructor(private readonly api: BadgeApi) {}

  /** Once per worker start: the colour every tab's ✓ is shown in. */
  async init(): Promise<void> {
    await this.api.setBadgeBackgroundColor({ color: SAVED_COLOR });
  }

  /** Taken before an asynchronous check; pass it back to `showSavedState`. */
  ticket(tabId: number): number {
    return this.versions.get(tabId) ?? 0;
  }

  /**
   * Shows whether the tab's work is saved. With a `ticket`, does nothing when the tab's badge
   * was decided again since it was taken: a navigation check that started before a one-key
   * save must not overwrite that save's ✓ or ! with its older answer.
   */
  async showSavedState(tabId: number, saved: boolean, ticket?: number): Promise<void> {
    if (ticket !== undefined && ticket !== this.ticket(tabId)) return;
    const decision = this.bump(tabId);
    const previous = this.states.get(tabId);
    this.states.set(tabId, saved ? 'saved' : 'unsaved');
    if (!saved && previous === 'unsaved') return; // at the defaults, reset or not
    await Promise.all([
      this.api.setBadgeText({ tabId, text: saved ? SAVED_TEXT : '' }),
      previous === 'failed'
        ? this.api.setBadgeBackgroundColor({ tabId, color: SAVED_COLOR })
        : undefined,
    ]);
    // The tooltip follows the badge and is not waited for: sent first, or waited for, it
    // held the ✓ back by 3–5 ms while the browser was busy with the navigation. A newer
    // decision made meanwhile has set its own.
    if (decision !== this.ticket(tabId)) return;
    this.api
      .setTitle({ tabId, title: saved ? `${DEFAULT_TITLE}: saved` : DEFAULT_TITLE })
      .catch(() => undefined); // the tab closed meanwhile
  }

  async showFailure(tabId: number, reason: string): Promise<void> {
    this.bump(tabId);
    this.states.set(tabId, 'failed');
    await Promise.all([
      this.api.setBadgeText({ tabId, text: FAILED_TEXT }),
      this.api.setBadgeBackgroundColor({ tabId, color: FAILED_COLOR }),
      this.api.setTitle({ tabId, title: `${DEFAULT_TITLE}: ${reason}` }),
    ]);
  }

  forget(tabId: number): void {
    this.states.delete(tabId);
    this.versions.delete(tabId);
  }

  /** A new decision for the tab; returns its number. */
  private bump(tabId: number): number {
    const version = this.ticket(tabId) + 1;
    this.versions.set(tabId, version);
    return version;
  }
}

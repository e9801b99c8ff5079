/**
 * The toolbar badge: ✓ on a tab whose work is in the collection, ! when a one-key save
 * could not capture anything. Per tab, so switching tabs needs no work.
 *
 * A check runs on every navigation, while the browser is busy loading the page, so it makes
 * as few calls as it can: the ✓ colour is set once for all tabs, and a tab's tooltip only
 * when its state changes.
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
    this.bump(tabId);
    const state: TabState = saved ? 'saved' : 'unsaved';
    const changed = this.states.get(tabId) !== state;
    this.states.set(tabId, state);
    await Promise.all([
      this.api.setBadgeText({ tabId, text: saved ? SAVED_TEXT : '' }),
      changed
        ? this.api.setTitle({ tabId, title: saved ? `${DEFAULT_TITLE}: saved` : DEFAULT_TITLE })
        : undefined,
      // A tab that showed ! had its own colour: give it back the common one.
      changed && saved
        ? this.api.setBadgeBackgroundColor({ tabId, color: SAVED_COLOR })
        : undefined,
    ]);
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

  private bump(tabId: number): void {
    this.versions.set(tabId, this.ticket(tabId) + 1);
  }
}

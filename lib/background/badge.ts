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

  constructor(private readonly api: BadgeApi) {}

  /** Once per worker start: the colour every tab's ✓ is shown in. */
  async init(): Promise<void> {
    await this.api.setBadgeBackgroundColor({ color: SAVED_COLOR });
  }

  async showSavedState(tabId: number, saved: boolean): Promise<void> {
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
    this.states.set(tabId, 'failed');
    await Promise.all([
      this.api.setBadgeText({ tabId, text: FAILED_TEXT }),
      this.api.setBadgeBackgroundColor({ tabId, color: FAILED_COLOR }),
      this.api.setTitle({ tabId, title: `${DEFAULT_TITLE}: ${reason}` }),
    ]);
  }

  forget(tabId: number): void {
    this.states.delete(tabId);
  }
}

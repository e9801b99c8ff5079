/**
 * The toolbar badge: ✓ on a tab whose work is in the collection, ! when a one-key save
 * could not capture anything. Per tab, so switching tabs needs no work.
 */

export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}

export const SAVED_TEXT = '✓';
export const FAILED_TEXT = '!';
const SAVED_COLOR = '#1e7a34';
const FAILED_COLOR = '#b3261e';
const DEFAULT_TITLE = 'Paper Shelf';

export async function showSavedState(api: BadgeApi, tabId: number, saved: boolean): Promise<void> {
  await Promise.all([
    api.setBadgeText({ tabId, text: saved ? SAVED_TEXT : '' }),
    saved ? api.setBadgeBackgroundColor({ tabId, color: SAVED_COLOR }) : undefined,
    api.setTitle({ tabId, title: saved ? `${DEFAULT_TITLE}: saved` : DEFAULT_TITLE }),
  ]);
}

export async function showFailure(api: BadgeApi, tabId: number, reason: string): Promise<void> {
  await Promise.all([
    api.setBadgeText({ tabId, text: FAILED_TEXT }),
    api.setBadgeBackgroundColor({ tabId, color: FAILED_COLOR }),
    api.setTitle({ tabId, title: `${DEFAULT_TITLE}: ${reason}` }),
  ]);
}

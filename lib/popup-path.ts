/**
 * The popup page each tab opens, told which tab it belongs to. Without the `tab` parameter
 * the popup must first ask the browser for the active tab: one more round trip, about a
 * tenth of its start-up. The background sets it on every navigation (Chrome resets a tab's
 * popup then); a tab it has not reached yet opens the plain page, which asks.
 */
export const POPUP_PATH = 'popup.html';

export function popupPathFor(tabId: number): string {
  return `${POPUP_PATH}?tab=${tabId}`;
}

/** The tab a popup was opened for, from its own URL's query (`?tab=<id>`). */
export function tabFromPopupSearch(search: string): number | undefined {
  const asked = Number(new URLSearchParams(search).get('tab'));
  return Number.isInteger(asked) && asked > 0 ? asked : undefined;
}

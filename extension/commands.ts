/** The extension's keyboard commands (wxt.config.ts declares them in the manifest). */

/** Saves the page without opening the popup, under the last topic used. */
export const SAVE_PAGE_COMMAND = 'save-page';

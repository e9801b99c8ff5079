/**
 * `browser` for WXT's content-script wrapper, without webextension-polyfill.
 *
 * The wrapper only reads `runtime.id` (to notice an extension reload) and adds runtime
 * listeners, which native `chrome` and `browser` both offer. Bundling the polyfill for that
 * would more than double every content script (the budget is 15 KB); extension pages and
 * the background keep the polyfill. See the `content-script-browser` plugin in wxt.config.ts.
 */
const scope = globalThis as { browser?: unknown; chrome?: unknown };

export const browser = (scope.browser ?? scope.chrome) as typeof import('webextension-polyfill');

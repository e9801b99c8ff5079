/**
 * `browser` for the extension's pages and background: webextension-polyfill's object, taken
 * from its CommonJS module as it is (see the `polyfill-browser` plugin in wxt.config.ts).
 *
 * Imported the way WXT's module does (`export { default as browser } from
 * 'webextension-polyfill'`), the bundler's CommonJS interop copied every property of that
 * object into a module namespace at start-up. Where the browser has a `browser` of its own
 * (Firefox, current Chrome) the polyfill returns it unchanged, and reading each of its
 * properties set up every API namespace at once, whether used or not: about 2 ms of the
 * popup's start (issue 16), and the same in each page and the worker. A `require` of a
 * bundled CommonJS module gets its exports object itself.
 */
declare const require: (id: string) => unknown;

export const browser = require('webextension-polyfill') as typeof import('webextension-polyfill');

import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { noHtmlSinks } from './build/no-html-sinks';
import { buildPopupAlone } from './build/popup-alone';
import { URL_RULES } from './lib/identity';

// The named hosts Paper Shelf reads by itself, as each site's URL rules list them
// (lib/sites/<site>/url.ts): its tab URLs (saved-state badge, popup), its pages (content
// scripts) and its APIs. Every other page is reached only through `activeTab`, when the
// user asks for it.
const HOSTS = [...new Set(URL_RULES.flatMap((rule) => rule.hostPermissions))];

/**
 * WXT's content-script wrapper imports `browser` only for `runtime.id`; resolve that one
 * import to the native object (extension/content/native-browser.ts) so content scripts stay small.
 */
function contentScriptBrowser(): Plugin {
  const shim = fileURLToPath(new URL('./extension/content/native-browser.ts', import.meta.url));
  return {
    name: 'paper-shelf:content-script-browser',
    enforce: 'pre',
    resolveId(id, importer) {
      const polyfill = id === 'wxt/browser' || id === '@wxt-dev/webextension-polyfill/browser';
      const fromWrapper = importer?.replaceAll('\\', '/').includes('/wxt/dist/utils/');
      return polyfill && fromWrapper ? shim : null;
    },
  };
}

/**
 * Everything else that imports `browser` gets webextension-polyfill's object without the
 * CommonJS interop copy that sets up every API namespace at start-up
 * (extension/polyfill-browser.ts). Built code only: the dev server serves modules as they
 * are, where `require` does not exist.
 */
function polyfillBrowser(): Plugin {
  const module = fileURLToPath(new URL('./extension/polyfill-browser.ts', import.meta.url));
  return {
    name: 'paper-shelf:polyfill-browser',
    apply: 'build',
    enforce: 'pre',
    resolveId: (id) => (id === '@wxt-dev/webextension-polyfill/browser' ? module : null),
  };
}

/**
 * WXT's content-script entry builds a `ContentScriptContext` that Paper Shelf's content
 * scripts never read; resolve it to the small one in extension/content/script-context.ts
 * (WXT's brings a location watcher and timer wrappers: a fifth of the 15 KB budget).
 */
function contentScriptContext(): Plugin {
  const context = fileURLToPath(new URL('./extension/content/script-context.ts', import.meta.url));
  return {
    name: 'paper-shelf:content-script-context',
    enforce: 'pre',
    resolveId(id, importer) {
      const fromEntry = importer?.includes('content-script-isolated-world-entrypoint');
      return id === 'wxt/utils/content-script-context' && fromEntry ? context : null;
    },
  };
}

/**
 * A build for one end-to-end test (tests/e2e/device-flow.spec.ts): `PAPER_SHELF_TEST_BUILD=<dir>`
 * builds only the library page and the background, into that folder, so a GitHub App client
 * id given to that build (WXT_GITHUB_CLIENT_ID) never reaches the extension in .output/.
 */
const testBuild = process.env.PAPER_SHELF_TEST_BUILD;

export default defineConfig({
  ...(testBuild ? { outDir: testBuild, filterEntrypoints: ['background', 'options'] } : {}),
  imports: false,
  // The popup's first paint in one file (build/popup-alone.ts).
  hooks: { 'entrypoints:grouped': (_wxt, groups) => buildPopupAlone(groups) },
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [
      contentScriptBrowser(),
      polyfillBrowser(),
      contentScriptContext(),
      noHtmlSinks(),
      preact(),
    ],
  }),
  manifest: {
    name: 'Paper Shelf',
    description:
      'Save arXiv papers, GitHub repos and Hugging Face models into topic-sorted reading lists, exported as Markdown in your own format.',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    commands: {
      'save-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save this page to Paper Shelf (under the last topic used)',
      },
    },
    host_permissions: HOSTS,
    // Nothing leaves the browser but the metadata look-ups (README): extension pages load
    // images and media only from the extension itself or inline data, never from the web, so
    // an `<img>` in an imported list cannot call home when it is previewed (issue 12.9).
    // WXT writes the same policy as MV2's string for Firefox.
    content_security_policy: {
      extension_pages:
        "script-src 'self'; object-src 'self'; img-src 'self' data:; media-src 'self'; font-src 'self' data:",
    },
    browser_specific_settings: {
      gecko: {
        id: 'paper-shelf@example.org',
        // 140: the first Firefox (and ESR) that reads data_collection_permissions.
        strict_min_version: '140.0',
        // Nothing leaves the browser for us or anyone else: the only requests are the
        // sites' public APIs, asked about the page the user chose to save.
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  },
});

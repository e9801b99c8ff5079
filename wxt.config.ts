import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

// The named hosts Paper Shelf reads by itself: the three sites (their tab URLs, for the
// saved-state badge and the popup; their pages, for the content scripts) and their APIs.
// Every other page is reached only through `activeTab`, when the user asks for it.
// GitHub sync uses the same two GitHub hosts: `api.github.com` for the REST API and
// `github.com` for the OAuth device flow's sign-in (lib/github/device-flow.ts).
const HOSTS = [
  'https://arxiv.org/*',
  'https://export.arxiv.org/*',
  'https://github.com/*',
  'https://api.github.com/*',
  'https://huggingface.co/*',
];

/**
 * WXT's content-script wrapper imports `browser` only for `runtime.id`; resolve that one
 * import to the native object (lib/content/native-browser.ts) so content scripts stay small.
 */
function contentScriptBrowser(): Plugin {
  const shim = fileURLToPath(new URL('./lib/content/native-browser.ts', import.meta.url));
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

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [contentScriptBrowser(), preact()] }),
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
    browser_specific_settings: {
      gecko: { id: 'paper-shelf@example.org' },
    },
  },
});

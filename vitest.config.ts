import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// WXT 0.20.9 has one `wxt/testing` entry that also re-exports its Vite plugin (and so
// esbuild, which refuses to load under jsdom). Tests only need the fake browser from it.
const fakeBrowserOnly = fileURLToPath(
  new URL('./node_modules/wxt/dist/testing/fake-browser.mjs', import.meta.url),
);

export default defineConfig({
  plugins: [WxtVitest()],
  resolve: { alias: [{ find: /^wxt\/testing$/, replacement: fakeBrowserOnly }] },
  test: {
    globals: true,
    environment: 'node',
    // Setup costs only where it is used: fake-indexeddb and testing-library took ~1 s per
    // file on a loaded 2-core machine when every file loaded both.
    projects: [
      {
        extends: true,
        test: {
          name: 'components',
          include: ['tests/unit/components/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'store',
          include: ['tests/unit/store/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/setup-idb.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Faults and hostile input against the real store and components (issue 12).
          name: 'reliability',
          include: ['tests/reliability/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: ['tests/unit/components/**', 'tests/unit/store/**'],
        },
      },
    ],
  },
});

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
    // Vitest's default on a 2-core machine is one worker (cores − 1); the main process only
    // serves transforms, so two workers finish the suite in about 60% of the time.
    maxWorkers: 2,
    // Spies and stubbed globals never outlive their test, which the non-isolated project needs.
    restoreMocks: true,
    unstubGlobals: true,
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
          // Pure functions over strings and pages: the files share one module graph per worker
          // instead of importing the Markdown engine, linkedom and the extractors afresh for each
          // of ~100 files (about 30 s of the suite). The projects above keep isolation, since
          // their files each start from an empty IndexedDB and DOM.
          isolate: false,
        },
      },
    ],
  },
});

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
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/reliability/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'node',
  },
});

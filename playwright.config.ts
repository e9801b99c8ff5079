import { defineConfig } from '@playwright/test';

// One worker: each test starts its own Chromium with the extension, and CI has 2 cores.
export default defineConfig({
  // End-to-end specs, and the reliability suite's browser specs (tests/reliability/).
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'reliability/**/*.spec.ts'],
  workers: 1,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
});

import { defineConfig } from '@playwright/test';

// One worker: each test starts its own Chromium with the extension, and CI has 2 cores.
export default defineConfig({
  // The browser specs: tests/e2e and the reliability suite's (`*.spec.ts`; Vitest takes `*.test.ts`).
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'reliability/**/*.spec.ts'],
  workers: 1,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
});

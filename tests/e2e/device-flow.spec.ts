/**
 * "Sign in with GitHub" (OAuth device flow) in Chromium, with a build whose GitHub App
 * client id is set at build time as a release would set it (WXT_GITHUB_CLIENT_ID). That build
 * is this test's own: wxt.config.ts's PAPER_SHELF_TEST_BUILD builds only the library page
 * and the background into .output/device-flow (about 15 s), so the client id never reaches
 * the extension the other tests and releases use. GitHub's device endpoints are served with
 * context.route(), without CORS headers (GitHub sends none: the host permission is what lets
 * the page reach them), answering pending, then slow_down, then the token; the API is the
 * fake GitHub. The token must land in storage.local (never storage.sync), and the list pull.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { FakeGitHub } from '../fakes/github-api';
import { type ExtensionBrowser, launchWithExtension, openOptions, ROOT } from './browser';
import { serveFakeGitHub } from './github-route';

const CLIENT_ID = 'Iv1.device-flow-e2e';
const OUT = path.join(ROOT, '.output/device-flow');
const LIST = '# Efficient LLM\n\n## Quantization\n\n- [GPTQ](https://arxiv.org/abs/2210.17323)\n';
const FILE_URL = 'https://github.com/ana/papers/blob/main/README.md';

let browser: ExtensionBrowser;
let fake: FakeGitHub;

test.beforeAll(() => {
  test.setTimeout(180_000);
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, PAPER_SHELF_TEST_BUILD: OUT, WXT_GITHUB_CLIENT_ID: CLIENT_ID },
    stdio: 'pipe',
  });
});

test.afterEach(async () => {
  await browser?.close();
});

test('device flow: pending, slow_down, token; kept in storage.local; the list pulls', async () => {
  test.setTimeout(60_000);
  browser = await launchWithExtension('', { extensionDir: path.join(OUT, 'chrome-mv3') });
  fake = new FakeGitHub();
  fake.addToken('ghu_device_token', 'ana');
  fake.addRepo('ana/papers', { 'README.md': LIST });
  await serveFakeGitHub(browser.context, fake);

  const codeRequests: URLSearchParams[] = [];
  await browser.context.route('https://github.com/login/device/code', async (route) => {
    codeRequests.push(new URLSearchParams(route.request().postData() ?? ''));
    await route.fulfill({
      status: 200,
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify({
        device_code: 'device-123',
        user_code: 'WDJB-MJHT',
        verification_uri: 'https://github.com/login/device',
        expires_in: 900,
        interval: 1,
      }),
    });
  });
  const polls: { at: number; form: URLSearchParams }[] = [];
  const answers = [
    { error: 'authorization_pending' },
    { error: 'slow_down', interval: 2 },
    { access_token: 'ghu_device_token', token_type: 'bearer', scope: '' },
  ];
  await browser.context.route('https://github.com/login/oauth/access_token', async (route) => {
    polls.push({ at: Date.now(), form: new URLSearchParams(route.request().postData() ?? '') });
    const answer = answers[Math.min(polls.length, answers.length) - 1];
    await route.fulfill({
      status: 200,
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify(answer),
    });
  });

  const options = await openOptions(browser);
  await options.getByRole('button', { name: 'GitHub', exact: true }).click();
  await options.getByRole('button', { name: 'Sign in with GitHub' }).click();
  const panel = options.getByRole('region', { name: 'GitHub' });
  await expect(panel.getByRole('status').first()).toContainText('WDJB-MJHT');
  await expect(panel.getByRole('link', { name: 'https://github.com/login/device' })).toBeVisible();
  await expect(panel).toContainText('Connected as @ana', { timeout: 15_000 });

  expect(codeRequests.map((form) => form.get('client_id'))).toEqual([CLIENT_ID]);
  expect(polls.map((poll) => poll.form.get('device_code'))).toEqual([
    'device-123',
    'device-123',
    'device-123',
  ]);
  expect(polls[0]?.form.get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:device_code');
  // The interval GitHub gave, then the longer one slow_down asked for (less a little slack).
  expect((polls[1]?.at ?? 0) - (polls[0]?.at ?? 0)).toBeGreaterThanOrEqual(900);
  expect((polls[2]?.at ?? 0) - (polls[1]?.at ?? 0)).toBeGreaterThanOrEqual(1900);

  const stored = await browser.worker.evaluate(async () => {
    type Area = { get(key: string | null): Promise<Record<string, unknown>> };
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: Area; sync: Area } };
    };
    return {
      local: await chrome.storage.local.get('github'),
      sync: await chrome.storage.sync.get(null),
    };
  });
  expect(stored.local.github).toMatchObject({ token: 'ghu_device_token', login: 'ana' });
  expect(JSON.stringify(stored.sync)).not.toContain('ghu_device_token');

  // The token reads and pulls: import the list, someone adds a paper, Pull takes it.
  await options.getByLabel('Import a list from a GitHub file').fill(FILE_URL);
  await options.getByRole('button', { name: 'Import from GitHub' }).click();
  await expect(options.locator('.status-bar')).toContainText(
    'Imported “Efficient LLM” from GitHub',
  );
  fake.setFile('ana/papers', 'README.md', `${LIST}- [AWQ](https://arxiv.org/abs/2306.00978)\n`);
  await options.getByRole('button', { name: 'Pull', exact: true }).click();
  await expect(options.locator('.status-bar')).toContainText('Pulled README.md: 1 new item');
  expect(fake.log.filter((entry) => entry.path.includes('/contents/')).every((e) => e.auth)).toBe(
    true,
  );
});

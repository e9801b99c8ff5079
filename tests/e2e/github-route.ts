/**
 * Serves the fake GitHub API (tests/fakes/github-api.ts) at https://api.github.com in a
 * browser context, as the GitHub specs need it: every method, headers and body passed on,
 * and the CORS header GitHub's API sends, so extension pages read the answers.
 */
import type { BrowserContext } from '@playwright/test';
import type { FakeGitHub } from '../fakes/github-api';

export async function serveFakeGitHub(context: BrowserContext, fake: FakeGitHub): Promise<void> {
  await context.route('https://api.github.com/**', async (route) => {
    const request = route.request();
    const body = request.postData();
    const answer = fake.handle({
      method: request.method(),
      url: request.url(),
      headers: await request.allHeaders(),
      ...(body === null ? {} : { body }),
    });
    await route.fulfill({
      status: answer.status,
      headers: { ...answer.headers, 'access-control-allow-origin': '*' },
      body: typeof answer.body === 'string' ? answer.body : Buffer.from(answer.body),
    });
  });
}

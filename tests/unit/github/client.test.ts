import { describe, expect, it } from 'vitest';
import { createClient, normalizeApiBase } from '../../../lib/github/client';
import { readRemoteFile } from '../../../lib/github/contents';
import { pollForToken, requestDeviceCode } from '../../../lib/github/device-flow';
import { checkToken, maskToken, newTokenUrl } from '../../../lib/github/token';
import { parseFileRef } from '../../../lib/github/url';
import { FakeGitHub } from '../../fakes/github-api';

function setup(files: Record<string, string | Uint8Array>, apiBase?: string) {
  const fake = new FakeGitHub(apiBase);
  fake.addToken('tok', 'ana');
  fake.addRepo('ana/papers', files);
  fake.addRepo('ana/secret', { 'README.md': '# Secret\n' }, { private: true });
  const slept: number[] = [];
  const client = createClient({
    fetch: fake.fetch,
    ...(apiBase ? { apiBase } : {}),
    token: 'tok',
    now: () => 1_000_000,
    sleep: async (ms) => {
      slept.push(ms);
    },
  });
  return { fake, client, slept };
}

const ref = (path: string, branch = 'main', repo = 'papers') => ({
  owner: 'ana',
  repo,
  branch,
  path,
});

describe('file URLs', () => {
  it('takes file pages, raw URLs and owner/repo/branch/path', () => {
    const want = { owner: 'ana', repo: 'papers', branch: 'main', path: 'lists/LLM papers.md' };
    expect(parseFileRef('https://github.com/ana/papers/blob/main/lists/LLM%20papers.md')).toEqual(
      want,
    );
    expect(
      parseFileRef('https://raw.githubusercontent.com/ana/papers/main/lists/LLM%20papers.md'),
    ).toEqual(want);
    expect(parseFileRef('ana/papers/main/lists/LLM papers.md')).toEqual(want);
    expect(
      parseFileRef(
        'https://ghe.example.com/ana/papers/blob/main/lists/LLM%20papers.md',
        'ghe.example.com',
      ),
    ).toEqual(want);
  });

  it('refuses what is not a file, in one sentence', () => {
    expect(() => parseFileRef('https://github.com/ana/papers')).toThrow(
      /is not a GitHub file: it is not a file page/,
    );
    expect(() => parseFileRef('https://github.com/ana/papers/tree/main/lists')).toThrow(
      /it is a folder/,
    );
    expect(() => parseFileRef('https://gitlab.com/ana/papers/blob/main/README.md')).toThrow(
      /gitlab.com is not GitHub/,
    );
    expect(() => parseFileRef('https://github.com/ana/papers/blob/main/../x.md')).toThrow(
      /not GitHub file|not a GitHub file/,
    );
    expect(() => parseFileRef('not a url')).toThrow(/expected owner\/repo\/branch\/path/);
  });

  it('an API base must be an http(s) URL', () => {
    expect(normalizeApiBase('https://ghe.example.com/api/v3/')).toBe(
      'https://ghe.example.com/api/v3',
    );
    expect(normalizeApiBase(undefined)).toBe('https://api.github.com');
    expect(() => normalizeApiBase('javascript:alert(1)')).toThrow(/not an http\(s\) URL/);
  });
});

describe('reading a file', () => {
  it('decodes UTF-8 exactly: BOM, CRLF, no final newline', async () => {
    const text = '\uFEFF# Liste\r\n\r\n- [Café](https://example.org/é)';
    const { client } = setup({ 'README.md': text });
    const file = await readRemoteFile(client, ref('README.md'));
    expect(file.text).toBe(text);
    expect(file.sha).toMatch(/^[0-9a-f]{40}$/);
  });

  it('files over 1 MB come through the raw media type', async () => {
    const big = `# Big\n\n${'- [x](https://example.org/x)\n'.repeat(45_000)}`;
    const { client, fake } = setup({ 'README.md': big });
    expect((await readRemoteFile(client, ref('README.md'))).text).toBe(big);
    expect(fake.log.map((r) => r.path)).toEqual([
      '/repos/ana/papers/contents/README.md?ref=main',
      '/repos/ana/papers/contents/README.md?ref=main',
    ]);
  });

  it('refuses binary, non-UTF-8, over 20 MB and folders', async () => {
    const { client } = setup({
      'logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]),
      'latin1.md': new Uint8Array([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]),
      'huge.md': new Uint8Array(20 * 1024 * 1024 + 1).fill(0x61),
      'lists/a.md': '# A\n',
    });
    await expect(readRemoteFile(client, ref('logo.png'))).rejects.toThrow(
      /logo.png on GitHub cannot be a list: .*binary/,
    );
    await expect(readRemoteFile(client, ref('latin1.md'))).rejects.toThrow(/not valid UTF-8/);
    await expect(readRemoteFile(client, ref('huge.md'))).rejects.toThrow(/larger than 20 MB/);
    await expect(readRemoteFile(client, ref('lists'))).rejects.toThrow(/is a folder/);
  });

  it('a 404 says which of repository, branch and path is missing', async () => {
    const { client } = setup({ 'README.md': '# A\n' });
    await expect(readRemoteFile(client, ref('README.md', 'main', 'nope'))).rejects.toThrow(
      'The repository ana/nope does not exist or the token cannot see it.',
    );
    await expect(readRemoteFile(client, ref('README.md', 'dev'))).rejects.toThrow(
      'The branch "dev" does not exist in ana/papers.',
    );
    await expect(readRemoteFile(client, ref('LIST.md'))).rejects.toThrow(
      'There is no file LIST.md on the branch "main" of ana/papers.',
    );
    const anonymous = createClient({ fetch: setup({}).fake.fetch });
    await expect(readRemoteFile(anonymous, ref('README.md', 'main', 'secret'))).rejects.toThrow(
      /does not exist or is private \(connect a token to read it\)/,
    );
  });

  it('works against a GitHub Enterprise Server API base', async () => {
    const { client, fake } = setup({ 'README.md': '# A\n' }, 'https://ghe.example.com/api/v3');
    expect((await readRemoteFile(client, ref('README.md'))).text).toBe('# A\n');
    expect(fake.log[0]?.path).toBe('/api/v3/repos/ana/papers/contents/README.md?ref=main');
  });
});

describe('errors and rate limits', () => {
  it('a rate limit with retry-after is slept through, then the request is repeated', async () => {
    const { client, fake, slept } = setup({ 'README.md': '# A\n' });
    fake.rateLimitNext = { count: 1, headers: { 'retry-after': '3' } };
    expect((await readRemoteFile(client, ref('README.md'))).text).toBe('# A\n');
    expect(slept).toEqual([3000]);
  });

  it('x-ratelimit-reset far ahead: one sentence with the time to try again', async () => {
    const { client, fake, slept } = setup({ 'README.md': '# A\n' });
    const reset = Math.floor(1_000_000 / 1000) + 3600;
    fake.rateLimitNext = {
      count: 1,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
    };
    await expect(readRemoteFile(client, ref('README.md'))).rejects.toMatchObject({
      kind: 'rate-limited',
      retryAt: reset * 1000,
      message: "GitHub's rate limit is used up: try again after 01:16 UTC.",
    });
    expect(slept).toEqual([]);
  });

  it('a secondary limit without headers waits a minute (403 saying so, or 429), not "no permission"', async () => {
    const { client, fake, slept } = setup({ 'README.md': '# A\n' });
    fake.rateLimitNext = {
      count: 1,
      headers: {},
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes.',
    };
    expect((await readRemoteFile(client, ref('README.md'))).text).toBe('# A\n');
    expect(slept).toEqual([60_000]);
    // The page waits 10 s at most: a sentence with the time instead.
    const page = createClient({
      fetch: fake.fetch,
      token: 'tok',
      now: () => 1_000_000,
      maxWaitMs: 10_000,
    });
    fake.rateLimitNext = { count: 1, headers: {}, status: 429, message: 'Too many requests' };
    await expect(readRemoteFile(page, ref('README.md'))).rejects.toMatchObject({
      kind: 'rate-limited',
      message: "GitHub's rate limit is used up: try again after 00:17 UTC.",
    });
  });

  it('401 asks to reconnect; a network failure says nothing was lost', async () => {
    const { fake } = setup({});
    const bad = createClient({ fetch: fake.fetch, token: 'wrong' });
    await expect(checkToken(bad)).rejects.toThrow(/did not accept the token .*connect again/);
    const offline = createClient({
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await expect(readRemoteFile(offline, ref('README.md'))).rejects.toThrow(
      'GitHub could not be reached while reading README.md: nothing was lost, try again when you are online.',
    );
  });

  it('the token goes to the API base only', async () => {
    const seen: { url: string; auth: string | null }[] = [];
    const { fake } = setup({ 'README.md': '# A\n' });
    const client = createClient({
      token: 'tok',
      fetch: (url, init) => {
        seen.push({ url, auth: new Headers(init?.headers).get('authorization') });
        return fake.fetch(url, init);
      },
    });
    await readRemoteFile(client, ref('README.md'));
    expect(seen.every((request) => request.url.startsWith('https://api.github.com/'))).toBe(true);
    expect(seen[0]?.auth).toBe('Bearer tok');
  });
});

describe('tokens', () => {
  it('checks the token with GET /user and the repository permissions', async () => {
    const { client } = setup({ 'README.md': '# A\n' });
    expect(await checkToken(client, { owner: 'ana', repo: 'papers' })).toEqual({
      login: 'ana',
      canPush: true,
    });
    const { fake } = setup({});
    fake.addToken('tok-bo', 'bo');
    const bo = createClient({ fetch: fake.fetch, token: 'tok-bo' });
    expect(await checkToken(bo, { owner: 'ana', repo: 'papers' })).toEqual({
      login: 'bo',
      canPush: false,
    });
  });

  it('links to the new-token page with the fields filled in, and never shows the token', () => {
    const url = new URL(newTokenUrl());
    expect(url.origin + url.pathname).toBe(
      'https://github.com/settings/personal-access-tokens/new',
    );
    expect(url.searchParams.get('contents')).toBe('write');
    expect(url.searchParams.get('pull_requests')).toBe('write');
    expect(maskToken('github_pat_11AAAAAAA0123456789abcd')).toBe('github_pat_…abcd');
  });
});

describe('OAuth device flow', () => {
  function fakeLogin(answers: Record<string, unknown>[]) {
    const requests: { url: string; body: string }[] = [];
    const fetch = async (url: string, init?: RequestInit) => {
      requests.push({ url, body: String(init?.body) });
      if (url.endsWith('/login/device/code')) {
        return Response.json({
          device_code: 'dev-123',
          user_code: 'WDJB-MJHT',
          verification_uri: 'https://github.com/login/device',
          expires_in: 900,
          interval: 5,
        });
      }
      return Response.json(answers.shift() ?? { error: 'expired_token' });
    };
    return { fetch, requests };
  }

  it('asks for a code, waits the interval (longer on slow_down), gets the token', async () => {
    const { fetch, requests } = fakeLogin([
      { error: 'authorization_pending' },
      { error: 'slow_down', interval: 10 },
      { access_token: 'ghu_abc', token_type: 'bearer' },
    ]);
    const code = await requestDeviceCode({ fetch, clientId: 'Iv1.abc' });
    expect(code).toMatchObject({ userCode: 'WDJB-MJHT', interval: 5 });
    const waits: number[] = [];
    const token = await pollForToken({
      fetch,
      clientId: 'Iv1.abc',
      code,
      sleep: async (ms) => {
        waits.push(ms);
      },
      now: () => 0,
    });
    expect(token).toBe('ghu_abc');
    expect(waits).toEqual([5000, 5000, 10000]);
    expect(requests[0]).toEqual({
      url: 'https://github.com/login/device/code',
      body: 'client_id=Iv1.abc',
    });
    expect(requests[1]?.url).toBe('https://github.com/login/oauth/access_token');
    expect(requests[1]?.body).toContain(
      'grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code',
    );
  });

  it('declined or expired: one sentence', async () => {
    const denied = fakeLogin([{ error: 'access_denied' }]);
    const code = await requestDeviceCode({ fetch: denied.fetch, clientId: 'x' });
    await expect(
      pollForToken({
        fetch: denied.fetch,
        clientId: 'x',
        code,
        sleep: async () => {},
        now: () => 0,
      }),
    ).rejects.toThrow('Signing in was declined on GitHub: nothing was connected.');
    const expired = fakeLogin([]);
    await expect(
      pollForToken({
        fetch: expired.fetch,
        clientId: 'x',
        code,
        sleep: async () => {},
        now: () => 0,
      }),
    ).rejects.toThrow(/code expired/);
  });
});

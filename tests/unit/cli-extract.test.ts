import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { run, urlFromComment } from '../../cli/commands/extract';
import { CliError } from '../../cli/errors';

const PAGES = join(import.meta.dirname, '../fixtures/pages');
const API = join(import.meta.dirname, '../fixtures/api');

async function extract(args: string[]): Promise<unknown> {
  let out = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  try {
    expect(await run(args)).toBe(0);
  } finally {
    write.mockRestore();
  }
  return JSON.parse(out);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('shelf extract', () => {
  test('a single page: the one record, identity key included', async () => {
    const record = await extract([
      '--url',
      'https://arxiv.org/abs/2106.09608v2',
      join(PAGES, 'arxiv-abs-2106.09608v2.html'),
    ]);
    expect(record).toMatchObject({
      key: 'arxiv:2106.09608',
      kind: 'paper',
      authors: ['Prithviraj Ammanabrolu', 'Mark O. Riedl'],
      arxiv: { version: 2, primaryCategory: 'cs.LG' },
    });
  });

  test('a listing page: an array of its entries', async () => {
    const records = (await extract([
      '--url=https://arxiv.org/list/cs/2301?show=3',
      join(PAGES, 'arxiv-list-cs-2301.html'),
    ])) as { key: string }[];
    expect(records.map((r) => r.key)).toEqual([
      'arxiv:2301.00001',
      'arxiv:2301.00002',
      'arxiv:2301.00003',
    ]);
  });

  test('without --url, the fixture comment names the URL', async () => {
    const record = await extract([join(PAGES, 'generic-blog-post.html')]);
    expect(record).toMatchObject({ key: 'url:https://blog.example.com/posts/why-attention-works' });
    expect(urlFromComment('<!-- {"url": "https://x.org/"} -->')).toBe('https://x.org/');
    expect(urlFromComment('<html>')).toBeUndefined();
  });

  test('no network without --online', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    await extract([
      '--url',
      'https://arxiv.org/html/2501.11120v1',
      join(PAGES, 'arxiv-html-2501.11120v1.html'),
    ]);
    expect(fetch).not.toHaveBeenCalled();
  });

  test('--online fills the gaps from the API (global fetch)', async () => {
    const atom = readFileSync(join(API, 'arxiv-2106.09608.xml'), 'utf8');
    const fetch = vi.fn(async () => new Response(atom, { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const record = await extract([
      '--online',
      '--url',
      'https://arxiv.org/abs/2106.09608v2',
      join(PAGES, 'arxiv-abs-truncated.html'),
    ]);
    // One arXiv API call; the published-version look-up (other hosts) only adds a note here.
    const hosts = fetch.mock.calls.map((call: unknown[]) => new URL(String(call[0])).host);
    expect(hosts.filter((host) => host === 'export.arxiv.org')).toHaveLength(1);
    expect(record).toMatchObject({ arxiv: { published: '2021-06-17', primaryCategory: 'cs.LG' } });
    expect((record as { missing?: string[] }).missing).toBeUndefined();
  });

  test('unreadable input: a CliError naming the file', async () => {
    const missing = join(PAGES, 'no-such-page.html');
    await expect(run(['--url', 'https://arxiv.org/abs/1', missing])).rejects.toThrow(CliError);
    await expect(run(['--url', 'https://arxiv.org/abs/1', missing])).rejects.toThrow(missing);
    await expect(run(['--url', 'https://arxiv.org/abs/1', PAGES])).rejects.toThrow(PAGES);
  });

  test('bad arguments are CliErrors', async () => {
    await expect(run([])).rejects.toThrow(CliError);
    await expect(run(['--nope', 'x.html'])).rejects.toThrow(/unknown option/);
    await expect(run(['--url', 'not a url', join(PAGES, 'generic-no-meta.html')])).rejects.toThrow(
      /not a URL/,
    );
  });
});

/**
 * `shelf connect | pull | push` against a fake GitHub served on 127.0.0.1 (GITHUB_API_URL),
 * run through the bin as `npm run build:cli` builds it: plain JavaScript in a child Node.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBackup } from '../../lib/backup';
import { FakeGitHub } from '../fakes/github-api';

const run = promisify(execFile);
const LIST = '# Efficient LLM\n\n## Quantization\n\n- [GPTQ](https://arxiv.org/abs/2210.17323)\n';
const ENTRY = '- [AWQ: Activation-aware Weight Quantization](https://arxiv.org/abs/2306.00978)';

let dir: string;
let bin: string;
let fake: FakeGitHub;
let server: Server;
let api: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shelf-gh-'));
  await build({
    entryPoints: { shelf: 'cli/shelf.ts' },
    outdir: join(dir, 'bin'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'error',
  });
  bin = join(dir, 'bin', 'shelf.js');
  // ESM output needs a package.json saying so beside it.
  writeFileSync(join(dir, 'bin', 'package.json'), '{"type":"module"}');
  fake = new FakeGitHub('http://127.0.0.1');
  fake.addToken('tok-ana', 'ana');
  fake.addToken('tok-bo', 'bo');
  fake.addRepo('ana/papers', { 'README.md': LIST });
  const served = await fake.listen();
  server = served.server;
  api = served.url;
}, 60_000);

afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function shelf(args: string[], token = 'tok-ana') {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      env: { PATH: process.env.PATH ?? '', GITHUB_API_URL: api, GITHUB_TOKEN: token },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('shelf connect, pull, push', () => {
  it('--help exits 0', async () => {
    const result = await shelf(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('push');
  });

  it('connects, pushes only the new entry, then has nothing new; --pr opens a pull request', async () => {
    const backup = join(dir, 'backup.json');
    const connected = await shelf([
      'connect',
      backup,
      'https://github.com/ana/papers/blob/main/README.md',
    ]);
    expect(connected).toMatchObject({ code: 0 });
    expect(connected.stderr).toContain(
      'created "Efficient LLM" with ana/papers/README.md on main: 1 entries',
    );
    const saved = parseBackup(readFileSync(backup, 'utf8'));
    expect(saved.lists[0]?.github).toMatchObject({
      owner: 'ana',
      repo: 'papers',
      branch: 'main',
      baseText: LIST,
    });
    expect(JSON.stringify(saved)).not.toContain('tok-ana');

    const item = join(dir, 'awq.json');
    writeFileSync(
      item,
      JSON.stringify({
        url: 'https://arxiv.org/abs/2306.00978',
        title: 'AWQ: Activation-aware Weight Quantization',
      }),
    );
    expect(
      (await shelf(['add', backup, '--topic', 'Quantization', item, '--out', backup])).code,
    ).toBe(0);

    // Someone else adds a line meanwhile: it stays.
    fake.setFile('ana/papers', 'README.md', `${LIST}\nA co-maintainer's line.\n`);
    const pushed = await shelf(['push', backup]);
    expect(pushed.stderr).toContain(
      'committed to ana/papers/README.md on main: Add 1 paper to Quantization',
    );
    expect(pushed.code).toBe(0);
    expect(fake.file('ana/papers', 'README.md')).toBe(
      `${LIST}${ENTRY}\n\nA co-maintainer's line.\n`,
    );

    const again = await shelf(['push', backup]);
    expect(again).toMatchObject({ code: 0 });
    expect(again.stderr).toContain(
      'nothing new in "Efficient LLM" since the last sync: nothing written',
    );

    const pulled = await shelf(['pull', backup]);
    expect(pulled.stderr).toContain('is up to date');

    const item2 = join(dir, 'wanda.json');
    writeFileSync(
      item2,
      JSON.stringify({ url: 'https://arxiv.org/abs/2306.11695', title: 'Wanda' }),
    );
    await shelf(['add', backup, '--topic', 'Quantization', item2, '--out', backup]);
    const pr = await shelf(['push', backup, '--pr', '--message', 'Add Wanda'], 'tok-bo');
    expect(pr.code).toBe(0);
    expect(pr.stdout.trim()).toBe('https://github.com/ana/papers/pull/1');
    expect(pr.stderr).toContain('(from the fork bo/papers)');
    expect(fake.pulls('ana/papers')[0]).toMatchObject({
      title: 'Add Wanda',
      head: 'bo:paper-shelf/efficient-llm',
    });
  }, 60_000);

  it('bad input: one sentence, exit 1, nothing written', async () => {
    const backup = join(dir, 'other.json');
    const notFile = await shelf(['connect', backup, 'https://github.com/ana/papers']);
    expect(notFile.code).toBe(1);
    expect(notFile.stderr).toMatch(
      /^shelf: "https:\/\/github.com\/ana\/papers" is not a GitHub file/,
    );
    const missing = await shelf([
      'connect',
      backup,
      'https://github.com/ana/papers/blob/dev/README.md',
    ]);
    expect(missing.stderr).toBe('shelf: The branch "dev" does not exist in ana/papers.\n');
    const badToken = await shelf(
      ['connect', backup, 'https://github.com/ana/papers/blob/main/README.md'],
      'nope',
    );
    expect(badToken.stderr).toMatch(/did not accept the token/);
    expect(() => readFileSync(backup)).toThrow();
  }, 60_000);
});

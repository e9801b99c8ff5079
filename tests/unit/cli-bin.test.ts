/**
 * The `paper-shelf` bin where only the package's `dependencies` are installed (`npx
 * paper-shelf …` in a workflow): built by the real build script, it loads at run time only
 * Node's own modules and dependencies, and it runs (`--help`, a GitHub command against a
 * fake on 127.0.0.1, and `extract`, which loads jsdom) beside a node_modules that holds
 * the dependencies alone (package-lock.json's entries not marked dev), with symlinks kept
 * as links so nothing resolves through the full development install.
 */
import { execFile } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import type { Server } from 'node:http';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBackup } from '../../lib/backup';
import { FakeGitHub } from '../fakes/github-api';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  bin: Record<string, string>;
};
const LIST = '# Efficient LLM\n\n## Quantization\n\n- [GPTQ](https://arxiv.org/abs/2210.17323)\n';

let dir: string;
let bin: string;
let fake: FakeGitHub;
let server: Server;
let api: string;

/** Every file of the built bin, as text. */
function builtFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'));
}

/** The bare module names the code loads: import … from, import(), require(), createRequire()(). */
function loadedModules(code: string): string[] {
  const names = new Set<string>();
  // A module name, as npm and Node spell them (nothing else in the code looks like one in
  // these places): `node:fs`, `jsdom`, `@scope/name/sub`.
  const name = String.raw`((?:node:)?(?:@[a-z0-9][\w.-]*/)?[a-z0-9][\w.-]*(?:/[\w./-]+)?)`;
  const patterns = [
    String.raw`\bfrom\s*["']${name}["']`,
    String.raw`\bimport\s*\(\s*["']${name}["']\s*\)`,
    String.raw`\brequire\s*\(\s*["']${name}["']\s*\)`,
    String.raw`\)\s*\(\s*["']${name}["']\s*\)`,
  ].map((source) => new RegExp(source, 'g'));
  for (const pattern of patterns)
    for (const match of code.matchAll(pattern)) names.add(match[1] as string);
  return [...names];
}

const isBuiltin = (name: string) =>
  name.startsWith('node:') || builtinModules.includes(name.split('/')[0] as string);
const packageOf = (name: string) =>
  name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : (name.split('/')[0] as string);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shelf-bin-'));
  const pkg = join(dir, 'pkg');
  const binPath = PACKAGE.bin['paper-shelf'] as string;
  await run(process.execPath, [join(ROOT, 'scripts/build-cli.mjs'), join(pkg, dirname(binPath))], {
    cwd: ROOT,
  });
  bin = join(pkg, binPath);
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'paper-shelf', type: 'module' }));
  // The dependencies alone, as `npm install --omit=dev` lays them out.
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
  };
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path.startsWith('node_modules/') || path.includes('/node_modules/', 1)) continue;
    if (entry.dev || entry.devOptional) continue;
    const target = join(pkg, path);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(join(ROOT, path), target, 'dir');
  }
  fake = new FakeGitHub('http://127.0.0.1');
  fake.addToken('tok-ana', 'ana');
  fake.addRepo('ana/papers', { 'README.md': '# main\n' });
  fake.setFile('ana/papers', 'lists/llm.md', LIST, 'feature/x');
  const served = await fake.listen();
  server = served.server;
  api = served.url;
}, 120_000);

afterAll(() => {
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function shelf(args: string[]) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--preserve-symlinks', '--preserve-symlinks-main', bin, ...args],
      {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', GITHUB_API_URL: api, GITHUB_TOKEN: 'tok-ana' },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the built bin with only dependencies installed', () => {
  it('loads nothing at run time but Node’s modules and the package’s dependencies', () => {
    const loaded = builtFiles(dirname(bin)).flatMap(loadedModules);
    const outside = loaded.filter(
      (name) => !isBuiltin(name) && !(packageOf(name) in PACKAGE.dependencies),
    );
    expect(outside).toEqual([]);
    // jsdom is loaded at run time (lib/extractors/fromHtml.ts), so it is one of them.
    expect(loaded).toContain('jsdom');
  });

  it('--help exits 0', async () => {
    const result = await shelf(['--help']);
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain('connect');
  });

  it('connects a list on a branch with a slash in its name, then pulls it', async () => {
    const backup = join(dir, 'backup.json');
    const result = await shelf([
      'connect',
      backup,
      'https://github.com/ana/papers/blob/feature/x/lists/llm.md',
    ]);
    expect(result.stderr).toContain(
      'created "Efficient LLM" with ana/papers/lists/llm.md on feature/x: 1 entries',
    );
    expect(result.code).toBe(0);
    expect(parseBackup(readFileSync(backup, 'utf8')).lists[0]?.github).toMatchObject({
      branch: 'feature/x',
      path: 'lists/llm.md',
      baseText: LIST,
    });

    // Someone adds a paper on that branch: pull takes it, and the file becomes the base.
    const newer = `${LIST}- [AWQ](https://arxiv.org/abs/2306.00978)\n`;
    fake.setFile('ana/papers', 'lists/llm.md', newer, 'feature/x');
    const pulled = await shelf(['pull', backup]);
    expect(pulled.stderr).toBe(
      'pulled lists/llm.md into "Efficient LLM": 1 new items, 0 no longer in the file\n',
    );
    const after = parseBackup(readFileSync(backup, 'utf8'));
    expect(after.lists[0]?.github?.baseText).toBe(newer);
    expect(after.items.map((item) => item.key)).toContain('arxiv:2306.00978');
  });

  it('extract loads jsdom from the dependencies', async () => {
    const page = join(dir, 'page.html');
    writeFileSync(
      page,
      '<html><head><title>A page</title><meta name="citation_title" content="A page"></head><body>Hi</body></html>',
    );
    const result = await shelf(['extract', '--url', 'https://example.org/a', page]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ url: 'https://example.org/a' });
  });
});

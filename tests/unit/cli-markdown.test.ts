/** `shelf import`, `shelf export` and `shelf add`, run as functions in a temporary folder. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as add } from '../../cli/commands/add';
import { run as exportCommand } from '../../cli/commands/export';
import { run as importCommand } from '../../cli/commands/import';
import { parseBackup } from '../../lib/backup';
import { readSeed, SEED_NAMES, SEEDS_DIR } from './markdown/helpers';
import { cliError, useCliSandbox } from './cli-sandbox';

const sandbox = useCliSandbox('shelf-md-');

describe('shelf import / export', () => {
  it.each(SEED_NAMES)('%s: import then export gives the file back byte for byte', async (name) => {
    const backup = join(sandbox.dir, 'backup.json');
    expect(await importCommand([resolve(SEEDS_DIR, name), '--out', backup])).toBe(0);
    expect(await exportCommand([backup])).toBe(0);
    expect(sandbox.stdout).toBe(readSeed(name));
  });

  it('adds a second list to an existing backup and then needs --list', async () => {
    const backup = join(sandbox.dir, 'backup.json');
    await importCommand([resolve(SEEDS_DIR, 'llm-wiki.md'), '--out', backup]);
    await importCommand([
      resolve(SEEDS_DIR, 'llm-info-readme.md'),
      '--name',
      'Readme',
      '--out',
      backup,
    ]);
    expect(parseBackup(readFileSync(backup, 'utf8')).lists.map((list) => list.name)).toEqual([
      'LLM_Wiki',
      'Readme',
    ]);
    expect(await cliError(exportCommand([backup]))).toMatch(
      /2 lists; choose one with --list \("LLM_Wiki", "Readme"\)/,
    );
    expect(await cliError(exportCommand([backup, '--list', 'Nope']))).toMatch(
      /no list named "Nope"/,
    );
    await exportCommand([backup, '--list', 'Readme']);
    expect(sandbox.stdout).toBe(readSeed('llm-info-readme.md'));
    expect(
      await cliError(importCommand([resolve(SEEDS_DIR, 'llm-wiki.md'), '--out', backup])),
    ).toMatch(/exists already/);
  });

  it('names the file and line of a bad Markdown or JSON file', async () => {
    const bad = join(sandbox.dir, 'bad.md');
    writeFileSync(bad, Buffer.from([0x23, 0x20, 0x61, 0x0a, 0xff, 0xfe, 0x0a]));
    const out = join(sandbox.dir, 'out.json');
    expect(await cliError(importCommand([bad, '--out', out]))).toBe(
      `${bad}: line 2: the file is not valid UTF-8 text`,
    );
    const json = join(sandbox.dir, 'broken.json');
    writeFileSync(json, '{\n  "format": "paper-shelf-backup",\n  "version": 1\n  "lists": []\n}\n');
    expect(await cliError(exportCommand([json]))).toMatch(
      new RegExp(`^${json.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: line [34]: not valid JSON`),
    );
  });
});

describe('shelf add', () => {
  it('files a capture under a new topic and the export shows just that', async () => {
    const backup = join(sandbox.dir, 'backup.json');
    await importCommand([resolve(SEEDS_DIR, 'llm-info-readme.md'), '--out', backup]);
    const item = join(sandbox.dir, 'item.json');
    writeFileSync(
      item,
      JSON.stringify({
        url: 'https://arxiv.org/abs/2305.18290v2',
        title: 'Direct Preference Optimization',
      }),
    );
    const out = join(sandbox.dir, 'after.json');
    expect(await add([backup, '--topic', 'Papers / Alignment', item, '--out', out])).toBe(0);
    await exportCommand([out]);
    expect(sandbox.stdout).toBe(
      `${readSeed('llm-info-readme.md')}\n## Alignment\n1. [Direct Preference Optimization](https://arxiv.org/abs/2305.18290)\n`,
    );
  });

  it('files a work extracted from a saved page', async () => {
    const backup = join(sandbox.dir, 'backup.json');
    await importCommand([resolve(SEEDS_DIR, 'obsidian-transformers-note.md'), '--out', backup]);
    const page = resolve(
      process.cwd(),
      'tests/fixtures/pages/github-repo-microsoft-LoRA-2025.html',
    );
    const out = join(sandbox.dir, 'after.json');
    const url = 'https://github.com/microsoft/LoRA';
    expect(
      await add([backup, '--topic', 'Other / Alignment / DPO', '--url', url, page, '--out', out]),
    ).toBe(0);
    await exportCommand([out, '--now', '2025-01-02T03:04:05Z']);
    expect(sandbox.stdout).toContain(
      '- [GitHub - microsoft/LoRA: Code for loralib, an implementation of "LoRA: Low-Rank Adaptation of Large Language Models"](https://github.com/microsoft/LoRA)\n\n## Training',
    );
    expect(sandbox.stdout).toContain('time_modified: 2025-01-01T23:04:05-04:00');
  });

  it('explains what is wrong with an item file', async () => {
    const backup = join(sandbox.dir, 'backup.json');
    await importCommand([resolve(SEEDS_DIR, 'llm-wiki.md'), '--out', backup]);
    const item = join(sandbox.dir, 'item.json');
    writeFileSync(item, '{"url": 5}');
    expect(await cliError(add([backup, '--topic', 'X', item, '--out', backup]))).toBe(
      `${item}: "url" must be a string`,
    );
    expect(await cliError(add([backup, item, '--out', backup]))).toMatch(/^usage: shelf add/);
  });
});

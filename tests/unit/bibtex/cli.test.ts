/** `shelf bibtex` and `shelf import refs.bib`, run as functions in a temporary folder. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as bibtex } from '../../../cli/commands/bibtex';
import { run as importCommand } from '../../../cli/commands/import';
import { run as importBibtex } from '../../../cli/commands/import-bibtex';
import { parseBackup } from '../../../lib/backup';
import { readBibtex } from '../../../lib/bibtex/read';
import { SEEDS_DIR } from '../markdown/helpers';
import { cliError, useCliSandbox } from '../cli-sandbox';

const REFS = resolve(process.cwd(), 'tests/fixtures/bibtex/refs.bib');
const sandbox = useCliSandbox('shelf-bib-');

describe('shelf bibtex', () => {
  it('writes a list, or one topic, as BibTeX with the same keys each time', async () => {
    const backup = join(sandbox.dir, 'backup.json');
    await importCommand([resolve(SEEDS_DIR, 'llm-info-papers.md'), '--out', backup]);
    expect(await bibtex([backup])).toBe(0);
    const all = readBibtex(sandbox.stdout);
    expect(all.length).toBeGreaterThan(20);
    expect(new Set(all.map((entry) => entry.key)).size).toBe(all.length);
    const first = sandbox.stdout;
    sandbox.stdout = '';
    await bibtex([backup]);
    expect(sandbox.stdout).toBe(first);
    sandbox.stdout = '';
    expect(await bibtex([backup, '--topic', 'Papers / Optimization concepts'])).toBe(0);
    const topic = readBibtex(sandbox.stdout);
    expect(topic.length).toBeGreaterThan(0);
    expect(topic.length).toBeLessThan(all.length);
    // A topic's entries carry the keys the whole list gives them.
    for (const entry of topic) expect(all.map((e) => e.key)).toContain(entry.key);
  });

  it('names the topics when --topic names none', async () => {
    const backup = join(sandbox.dir, 'backup.json');
    await importCommand([resolve(SEEDS_DIR, 'llm-info-papers.md'), '--out', backup]);
    expect(await cliError(bibtex([backup, '--topic', 'Nope']))).toMatch(
      /has no topic "Nope" \(topics: "Papers", "Papers \/ Surveys", /,
    );
  });
});

describe('shelf import refs.bib', () => {
  it('files the entries under a topic, keeping their keys', async () => {
    const backup = join(sandbox.dir, 'backup.json');
    expect(await importBibtex([REFS, '--out', backup, '--topic', 'References'])).toBe(0);
    const saved = parseBackup(readFileSync(backup, 'utf8'));
    expect(saved.items.map((item) => item.citeKey)).toContain('lecun2015deep');
    expect(saved.topics.map((topic) => topic.path)).toContain('References');
    expect(await bibtex([backup, '--topic', 'References'])).toBe(0);
    expect(readBibtex(sandbox.stdout).map((entry) => entry.key)).toEqual([
      'vaswani2017attention',
      'DBLP:journals/corr/abs-1810-04805',
      'lecun2015deep',
      'wolf2020transformers',
      'goedel1931',
    ]);
  });

  it('leaves the backup alone when an entry is malformed', async () => {
    const backup = join(sandbox.dir, 'backup.json');
    await importBibtex([REFS, '--out', backup]);
    const before = readFileSync(backup, 'utf8');
    const bad = join(sandbox.dir, 'bad.bib');
    writeFileSync(bad, '@misc{ok, url={https://a.org}}\n\n@misc{bad,\n title={x} year={1}}\n');
    expect(await cliError(importBibtex([bad, '--out', backup]))).toMatch(
      /bad\.bib: entry "bad" \(line 3\) could not be read/,
    );
    expect(readFileSync(backup, 'utf8')).toBe(before);
  });
});

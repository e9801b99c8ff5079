/**
 * GitHub sync budgets (issue 14), in Node:
 * - `push_plan_ms` (≤ 100): the file fresh from GitHub → the merged text and its diff, for a
 *   400 KB list with 20 entries saved here and 20 added on GitHub meanwhile;
 * - `cli_start_ms` (≤ 150): `paper-shelf --help` from the built bin (dist/cli/shelf.js, made
 *   by `npm run build`), a new Node process each run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { emptyCollection } from '../lib/collection/collection';
import { fileCapture } from '../lib/collection/file';
import { listExportInput } from '../lib/collection/list-export';
import { planPush } from '../lib/github/plan';
import { connectList } from '../lib/github/sync';
import { exportList } from '../lib/markdown/index';
import type { Capture } from '../lib/types';
import { type Metrics, timed } from './stats';

const ROOT = path.resolve(import.meta.dirname, '..');
const REF = { owner: 'ana', repo: 'papers', branch: 'main', path: 'README.md' };

function paper(id: string, title: string): Capture {
  return {
    key: `arxiv:${id}`,
    kind: 'paper',
    url: `https://arxiv.org/abs/${id}`,
    title,
    arxiv: { id },
  };
}

/** An awesome-style list of about `bytes` bytes: 40 sections of dated paper entries. */
export function bigList(bytes: number): string {
  const lines = ['# Awesome efficient LLM', ''];
  let n = 0;
  for (let size = 0, section = 0; size < bytes; section++) {
    lines.push(`## Topic ${section % 40} part ${Math.floor(section / 40)}`, '');
    for (let i = 0; i < 25; i++, n++) {
      const id = `${2100 + (n % 300)}.${String(10000 + n).slice(-5)}`;
      const line = `- [Paper ${n}: efficient inference with tricks](https://arxiv.org/abs/${id}) - Ada Lovelace, Alan Turing. [[code](https://github.com/lab${n}/code)]`;
      lines.push(line);
      size += line.length + 1;
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

export function benchPushPlan(runs: number): Metrics {
  const base = bigList(400 * 1024);
  const collection = emptyCollection();
  const { list } = connectList(collection, REF, { text: base, sha: 'base' }, { now: 1 });
  for (let i = 0; i < 20; i++) {
    fileCapture(
      collection,
      {
        capture: paper(`2501.${10000 + i}`, `Saved here ${i}`),
        listId: list.id,
        topics: [`Topic ${i % 40} part 0`],
      },
      2 + i,
    );
  }
  // Each plan gets a file of its own, fresh from GitHub: 20 entries added there meanwhile,
  // spread through the file and placed differently each time, so nothing keyed on the
  // remote text is reused between runs; only sections the remote left as they were are.
  const remoteFile = (run: number) => {
    const lines = base.split('\n');
    for (let i = 19; i >= 0; i--) {
      const at = Math.floor((lines.length * (i + 1)) / 21) + ((run * 37) % 300);
      const entry = lines.findIndex((line, index) => index >= at && line.startsWith('- ['));
      lines.splice(entry, 0, `- [Remote ${run}.${i}](https://arxiv.org/abs/2502.${10000 + i})`);
    }
    return { text: lines.join('\n'), sha: `remote-${run}` };
  };
  const now = new Date(0);
  // What the export panel did before the commit panel opened: the list written into its base.
  exportList(listExportInput(collection, list), { now });
  let added = 0;
  const work = (run: number) => {
    const plan = planPush(collection, list, remoteFile(run), now);
    added = plan.diff.filter((line) => line.type === 'added').length;
  };
  for (let i = 0; i < 3; i++) work(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const remote = remoteFile(i);
    const start = performance.now();
    const plan = planPush(collection, list, remote, now);
    samples.push(performance.now() - start);
    added = plan.diff.filter((line) => line.type === 'added').length;
  }
  if (added !== 20) throw new Error(`push plan bench: expected 20 added lines, got ${added}`);
  return { push_plan_ms: timed(samples) };
}

export function benchCliStart(runs: number): Metrics {
  const bin = path.join(ROOT, 'dist/cli/shelf.js');
  if (!existsSync(bin)) throw new Error(`No built CLI at ${bin}: run \`npm run build\` first.`);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    samples.push(performance.now() - start);
    if (result.status !== 0)
      throw new Error(`paper-shelf --help exited ${result.status}: ${result.stderr}`);
  }
  return { cli_start_ms: timed(samples) };
}

// `npx tsx bench/github.ts`: these two figures alone.
if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const runs = Number(process.env.BENCH_RUNS ?? 25);
  console.log({ ...benchPushPlan(runs), ...benchCliStart(runs) });
}

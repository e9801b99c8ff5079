/**
 * Hostile Markdown files (issue 12.5), measured in Node: `import_pathological_ms` is the
 * slowest file's median import time (budget ≤ 500 ms for each), and
 * `import_pathological_memory_ratio` the largest live heap an import held at once over its
 * file's size (budget < 10; see memory() for how it is sampled). Memory is measured in a
 * fresh process per file, so one file's garbage does not count against the next.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { importList } from '../lib/markdown/index';
import { PATHOLOGICAL_FILES } from '../tests/reliability/pathological';
import { median, type Metrics } from './stats';

/** The files the issue names (the reliability tests also try a few more). */
export const BUDGETED = [
  'nested-quotes-2k',
  'open-links-50k',
  'open-links-item-50k',
  'empty-headings-100k',
  'headings-10k',
  'headings-20k',
  'lines-1m',
];

export interface PathologicalFigure {
  name: string;
  bytes: number;
  medianMs: number;
  /** memory(): the import's live peak, an upper bound on it, and what its result keeps. */
  liveBytes: number;
  boundBytes: number;
  retainedBytes: number;
}

function timeImport(text: string, runs: number): number {
  importList(text); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    importList(text);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** memory-child.ts as one plain script: no TypeScript loader thread collecting beside it. */
let childScript: string | undefined;
function bundledChild(): string {
  if (childScript) return childScript;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'paper-shelf-memory-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  childScript = path.join(dir, 'memory-child.mjs');
  buildSync({
    entryPoints: [fileURLToPath(new URL('./memory-child.ts', import.meta.url))],
    outfile: childScript,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'error',
  });
  return childScript;
}

/**
 * Each full collection's figures, in bytes: the heap before and after it (`--trace-gc-nvp`),
 * plus the memory outside the heap it reports after it (`--trace-gc-verbose`: typed arrays'
 * buffers live there, and an import must not hide its records in them).
 */
function collections(lines: string[]): { before: number; after: number }[] {
  const out: { before: number; after: number }[] = [];
  for (const line of lines) {
    const before = /total_size_before=(\d+)/.exec(line);
    const after = /total_size_after=(\d+)/.exec(line);
    if (before && after) out.push({ before: Number(before[1]), after: Number(after[1]) });
    const external = /External memory reported:\s*(\d+) KB/.exec(line);
    const last = out[out.length - 1];
    if (external && last) {
      last.before += Number(external[1]) * 1024;
      last.after += Number(external[1]) * 1024;
    }
  }
  return out;
}

/**
 * The most heap one import held live at once, measured in a fresh process (memory-child.ts)
 * where every collection is a full mark-compact (`--gc-global`: what survives one is live,
 * not the young generation's garbage waiting for a scavenge) and one is forced at a random
 * point of every stretch of `step` bytes of allocation (`--stress-scavenge`: a percentage of
 * a young generation pinned to 1 MB, from 1 % = 10 KB for the small files up to 1 MB, so
 * that a file of N bytes is sampled at least every ~N/2 bytes allocated). The heap is
 * sampled after each of those collections, the heap and the memory outside it (typed arrays):
 * - `liveBytes`: the most live heap any sample found, less the heap before the import (the
 *   text and the compiled code). It can miss a peak that lasted less than one step.
 * - `boundBytes`: the most heap any collection started from, less the same: nothing is
 *   freed between two collections, so this bounds every moment between samples from above
 *   (it adds at most one step of garbage). The true peak lies between the two.
 * - `retainedBytes`: what the result keeps once the import returned.
 */
function memory(
  name: string,
  bytes: number,
): { liveBytes: number; boundBytes: number; retainedBytes: number } {
  const percent = Math.min(100, Math.max(1, Math.ceil(bytes / 20_000)));
  const out = execFileSync(
    process.execPath,
    [
      '--expose-gc',
      '--trace-gc-nvp',
      '--trace-gc-verbose',
      '--gc-global',
      '--no-flush-bytecode',
      '--min-semi-space-size=1',
      '--max-semi-space-size=1',
      `--stress-scavenge=${percent}`,
      '--random-seed=1',
      bundledChild(),
      name,
    ],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  const lines = out.split('\n');
  const start = lines.findIndex((line) => line.startsWith('BEFORE'));
  const end = lines.findIndex((line) => line.startsWith('AFTER'));
  const during = collections(lines.slice(start + 1, end));
  // The first two are memory-child's gc() calls before the import, the last its gc() after it.
  const baseline = during[1]?.after ?? Number.NaN;
  const last = during[during.length - 1]?.after ?? Number.NaN;
  const inside = during.slice(2);
  return {
    liveBytes: Math.max(0, ...inside.map((figures) => figures.after)) - baseline,
    boundBytes: Math.max(0, ...inside.map((figures) => figures.before)) - baseline,
    retainedBytes: last - baseline,
  };
}

export function measurePathological(runs = 7, names = BUDGETED): PathologicalFigure[] {
  return PATHOLOGICAL_FILES.filter((file) => names.includes(file.name)).map((file) => {
    const text = file.build();
    return {
      name: file.name,
      bytes: Buffer.byteLength(text),
      medianMs: timeImport(text, runs),
      ...memory(file.name, Buffer.byteLength(text)),
    };
  });
}

export function benchPathological(runs = 7): Metrics {
  const figures = measurePathological(runs);
  for (const figure of figures) {
    const kb = (value: number) => `${(value / 1024).toFixed(0)} KB`;
    console.log(
      `  ${figure.name}: ${kb(figure.bytes)}, ${figure.medianMs} ms, live peak +${kb(figure.liveBytes)} (${(figure.liveBytes / figure.bytes).toFixed(1)}×; at most +${kb(figure.boundBytes)}, ${(figure.boundBytes / figure.bytes).toFixed(1)}×), result keeps ${kb(figure.retainedBytes)}`,
    );
  }
  const ratio = Math.max(...figures.map((figure) => figure.liveBytes / figure.bytes));
  return {
    import_pathological_ms: {
      median: Math.max(...figures.map((figure) => figure.medianMs)),
      unit: 'ms',
      runs,
    },
    import_pathological_memory_ratio: {
      median: Math.round(ratio * 100) / 100,
      unit: 'ratio',
      runs: 1,
    },
  };
}

// `npx tsx bench/pathological.ts`: just these figures.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(benchPathological());
}

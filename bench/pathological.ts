/**
 * Hostile Markdown files (issue 12.5), measured in Node: `import_pathological_ms` is the
 * slowest file's median import time (budget ≤ 500 ms for each), and
 * `import_pathological_memory_ratio` the largest peak memory an import took over its
 * file's size (budget < 10). Memory is measured in a fresh process per file (the peak RSS
 * an import adds), so one file's garbage does not count against the next.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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
  peakBytes: number;
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

/**
 * The most heap one import held at once, from the collector's trace in a fresh process
 * (memory-child.ts): the largest heap a collection started from (or the heap after the
 * import, if larger), less the heap in use before it.
 */
function peakBytes(name: string): number {
  const child = fileURLToPath(new URL('./memory-child.ts', import.meta.url));
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--expose-gc', '--trace-gc', child, name],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const lines = out.split('\n');
  const start = lines.findIndex((line) => line.startsWith('BEFORE '));
  const end = lines.findIndex((line) => line.startsWith('AFTER '));
  const before = Number(lines[start]?.split(' ')[1]);
  let peak = Number(lines[end]?.split(' ')[1]);
  // The collection the child asked for (`gc()`, "testing") names the main thread's heap;
  // the module loader's thread has a heap of its own.
  const main = lines
    .slice(0, start)
    .reverse()
    .find((line) => line.includes('testing'))
    ?.split(']')[0];
  for (const line of lines.slice(start + 1, end)) {
    if (main && !line.startsWith(main)) continue;
    // "[pid:0x…]  12 ms: Scavenge 10.2 (13.5) -> 9.8 (14.5) MB, …": the first figure.
    const heap = /: (?:Scavenge|Mark-Compact|Mark-sweep)[^\d]*([\d.]+) \(/.exec(line);
    if (heap) peak = Math.max(peak, Number(heap[1]) * 1024 * 1024);
  }
  return Math.max(0, peak - before);
}

export function measurePathological(runs = 7): PathologicalFigure[] {
  return PATHOLOGICAL_FILES.filter((file) => BUDGETED.includes(file.name)).map((file) => {
    const text = file.build();
    return {
      name: file.name,
      bytes: Buffer.byteLength(text),
      medianMs: timeImport(text, runs),
      peakBytes: peakBytes(file.name),
    };
  });
}

export function benchPathological(runs = 7): Metrics {
  const figures = measurePathological(runs);
  for (const figure of figures) {
    console.log(
      `  ${figure.name}: ${figure.medianMs} ms, peak +${(figure.peakBytes / 1e6).toFixed(1)} MB for ${(figure.bytes / 1e6).toFixed(2)} MB (${(figure.peakBytes / figure.bytes).toFixed(1)}×)`,
    );
  }
  const ratio = Math.max(...figures.map((figure) => figure.peakBytes / figure.bytes));
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

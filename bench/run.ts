/**
 * `npm run bench`: measures the built extension (it builds nothing: run `npm run build`
 * first) and the library in Node, prints a table and writes bench/results.json.
 * Budgets live in the issues; this reports, it does not judge.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, openOptions, ROOT } from '../tests/e2e/browser';
import { benchBibtex } from './bibtex';
import { benchDiff } from './diff';
import { benchExtract } from './extract';
import { benchCliStart, benchPushPlan } from './github';
import { benchLibrary } from './library';
import { benchLists } from './lists';
import { benchMarkdown } from './markdown';
import { benchPathological } from './pathological';
import { benchPopup, serveBenchPages } from './popup';
import { benchQuickSave } from './quick-save';
import { seedCollection } from './seed';
import { benchSizes } from './sizes';
import type { Metrics } from './stats';
import { benchSuggest } from './suggest';

const RUNS = Number(process.env.BENCH_RUNS ?? 25);

async function main(): Promise<void> {
  const results: Metrics = {};
  Object.assign(results, await benchSizes(path.join(ROOT, '.output')));
  // Node first, with the machine quiet; then Chromium.
  Object.assign(results, await benchMarkdown());
  Object.assign(results, benchPathological());
  Object.assign(results, benchLists());
  Object.assign(results, benchSuggest(RUNS));
  Object.assign(results, benchBibtex(RUNS));
  Object.assign(results, benchDiff(RUNS));
  Object.assign(results, benchPushPlan(RUNS));
  Object.assign(results, benchCliStart(RUNS));
  const browser = await launchWithExtension();
  try {
    await serveBenchPages(browser);
    // The popup and badge budgets hold with 10,000 items stored.
    const options = await openOptions(browser);
    await seedCollection(options, { items: 10_000, topics: 100 });
    await options.close();
    Object.assign(results, await benchPopup(browser, RUNS));
    Object.assign(results, await benchQuickSave(browser, RUNS));
    Object.assign(results, await benchLibrary(browser, RUNS));
    const extractPage = await browser.context.newPage();
    Object.assign(results, await benchExtract(extractPage, undefined, undefined, RUNS));
    await extractPage.close();
  } finally {
    await browser.close();
  }
  writeFileSync(path.join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  printTable(results);
  printBudgets(results);
}

/** Issue 16's budgets beside the figures: this reports, the reader judges. */
function printBudgets(results: Metrics): void {
  const median = (name: string) => results[name]?.median ?? Number.NaN;
  const floor = median('popup_floor_ms');
  const lines = [
    ['popup_ready_ms', median('popup_ready_ms'), 1.3 * floor, '1.3 × popup_floor_ms'],
    ['options_ready_10k_ms', median('options_ready_10k_ms'), 250, '250 ms'],
    ['search_10k_ms', median('search_10k_ms'), 30, '30 ms'],
  ] as const;
  console.log('');
  for (const [name, value, budget, rule] of lines) {
    const verdict = value <= budget ? 'within' : 'OVER';
    console.log(`${name}: ${value} ms, budget ${rule} = ${budget.toFixed(1)} ms: ${verdict}`);
  }
}

function printTable(results: Metrics): void {
  const rows = Object.entries(results).map(([name, { median, unit, runs }]) => [
    name,
    unit === 'bytes'
      ? `${median} B (${(median / 1024).toFixed(1)} KB)`
      : unit === 'ratio'
        ? `${median}×`
        : `${median} ms`,
    String(runs),
  ]);
  const widths = [0, 1, 2].map((column) =>
    Math.max(...[['metric', 'median', 'runs'], ...rows].map((row) => (row[column] ?? '').length)),
  );
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(['metric', 'median', 'runs']));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

/**
 * Extraction time in Chromium, per saved page: `extract_arxiv_ms` (issue 3's budget: ≤ 2 ms
 * median for the arXiv abs page), and whatever other pages `EXTRACT_BENCHES` lists.
 *
 * How: the extractors (lib/extractors/index.ts, the same list the capture script runs) are
 * bundled with esbuild into one IIFE exposing `__paperShelfExtract(href)`; each page is
 * served at its real URL by `page.route` (sub-resources refused: offline, and no site script
 * competes for the main thread), the bundle is added with `page.addScriptTag`, and the page
 * itself times `extractWith` over warm-up + `runs` calls. The median is reported.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import { type Metrics, timed } from './stats';

const ROOT = path.resolve(import.meta.dirname, '..');

export interface ExtractBench {
  /** Metric name in bench/results.json. */
  metric: string;
  /** Saved page: absolute, or relative to the pages directory (tests/fixtures/pages by default). */
  file: string;
  /** The URL the page is served at and extracted for. */
  url: string;
}

/** Pages to time. Add an entry per metric (e.g. `extract_github_ms`). */
export const EXTRACT_BENCHES: ExtractBench[] = [
  {
    metric: 'extract_arxiv_ms',
    file: 'arxiv-abs-2106.09608v2.html',
    url: 'https://arxiv.org/abs/2106.09608v2',
  },
  {
    // The 280 KB 2022 repo page; issue 3's budget: ≤ 5 ms median.
    metric: 'extract_github_ms',
    file: 'github-repo-steventroughtonsmith-marzipanify.html',
    url: 'https://github.com/steventroughtonsmith/marzipanify',
  },
  {
    // Issue 13's budget: ≤ 10 ms median on the largest saved page the generic extractor
    // reads (200 KB, citation_*, Dublin Core and PRISM tags, a visible abstract).
    metric: 'extract_generic_ms',
    file: path.join(ROOT, '../shared/pages/springer-link-article.html'),
    url: 'https://link.springer.com/article/10.1007/s11926-017-0626-z',
  },
];

const WARMUP = 5;

/** The extractors as a browser script that defines `globalThis.__paperShelfExtract`. */
export async function extractorBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: [
        "import { EXTRACTORS } from './lib/extractors/index';",
        "import { extractWith } from './lib/extractors/run';",
        'globalThis.__paperShelfExtract = (href) => extractWith(EXTRACTORS, document, href);',
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    minify: true,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/**
 * Times extraction of each page in `page` (a fresh tab is best: its routes are replaced).
 * `baseUrl`: the directory the benches' files are in (a path or a file: URL); default
 * tests/fixtures/pages.
 */
export async function benchExtract(
  page: Page,
  baseUrl?: string,
  benches: ExtractBench[] = EXTRACT_BENCHES,
  runs = Number(process.env.BENCH_RUNS ?? 25),
): Promise<Metrics> {
  const dir = baseUrl
    ? baseUrl.startsWith('file:')
      ? new URL(baseUrl).pathname
      : baseUrl
    : path.join(ROOT, 'tests/fixtures/pages');
  const bundle = await extractorBundle();
  const results: Metrics = {};
  for (const bench of benches) {
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.route('**/*', (route) =>
      route.request().url() === bench.url && route.request().isNavigationRequest()
        ? route.fulfill({
            path: path.resolve(dir, bench.file),
            contentType: 'text/html; charset=utf-8',
          })
        : route.abort(),
    );
    await page.goto(bench.url, { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: bundle });
    const samples = await page.evaluate(
      ({ href, warmup, count }) => {
        const extract = (globalThis as unknown as { __paperShelfExtract: (h: string) => unknown })
          .__paperShelfExtract;
        for (let i = 0; i < warmup; i++) extract(href);
        const times: number[] = [];
        for (let i = 0; i < count; i++) {
          const start = performance.now();
          extract(href);
          times.push(performance.now() - start);
        }
        return times;
      },
      { href: bench.url, warmup: WARMUP, count: Math.max(runs, 20) },
    );
    results[bench.metric] = timed(samples);
  }
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  return results;
}

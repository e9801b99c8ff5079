/**
 * BibTeX budget (issue 15), measured in Node: a 10,000-item collection to one `.bib`
 * (`bibtex_10k_ms` ≤ 100 median): papers (arXiv and published), repositories, models and
 * pages, none with a stored key yet, so every key is assigned (the first export's work).
 *
 * Alone: `npx tsx bench/bibtex.ts`.
 */
import { fileURLToPath } from 'node:url';
import { bibliography } from '../lib/bibtex/bibliography';
import type { Item } from '../lib/types';
import { type Metrics, timed } from './stats';

const SURNAMES = ['Smith', 'Müller', 'Wang', 'van den Oord', 'García', 'Łukasiewicz', 'Kim'];
const KINDS = ['paper', 'paper', 'paper', 'repo', 'model', 'page'] as const;
const WORDS = ['Deep', 'Efficient', 'Scaling', 'On', 'LLaMA', 'Sparse', 'Attention', 'The'];

export function generatedItems(count: number): Item[] {
  const items: Item[] = [];
  for (let n = 0; n < count; n++) {
    const kind = KINDS[n % KINDS.length] ?? 'page';
    const title = `${WORDS[n % WORDS.length]} ${WORDS[(n * 7) % WORDS.length]} models: 100% {robust} & fast #${n}`;
    const base: Item = {
      key: `k:${n}`,
      kind,
      url: `https://example.org/works/${n}?a=1&b=%20`,
      title,
      authors: [`Ada ${SURNAMES[n % SURNAMES.length]}`, `Bo ${SURNAMES[(n + 3) % 7]}`, 'C. D. Ng'],
      note: '',
      status: 'to-read',
      topicIds: [],
      savedAt: 1_700_000_000_000 + n,
      updatedAt: 1_700_000_000_000 + n,
    };
    if (kind === 'paper') {
      const id = `${2000 + (n % 500)}.${String(10000 + n).slice(-5)}`;
      base.arxiv = { id, updated: `20${10 + (n % 15)}-03-01`, primaryCategory: 'cs.CL' };
      if (n % 4 === 0)
        base.venue = { name: 'NeurIPS', type: 'conference', year: 2023, pages: '1-9' };
      if (n % 8 === 0) base.venue = { name: 'Nature', type: 'journal', volume: '5', issue: '2' };
    }
    if (kind === 'repo') {
      base.repo = { owner: `owner${n % 50}`, name: `repo${n}` };
      base.description = 'A fast_library for {things} & more';
    }
    if (kind === 'model') base.hub = { type: 'model', id: `org/m${n}`, owner: 'org' };
    items.push(base);
  }
  return items;
}

export function benchBibtex(runs = 25): Metrics {
  const items = generatedItems(10_000);
  for (let i = 0; i < 3; i++) bibliography(items, items); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    bibliography(items, items);
    samples.push(performance.now() - start);
  }
  return { bibtex_10k_ms: timed(samples) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { bibtex_10k_ms: figure } = benchBibtex(Number(process.env.BENCH_RUNS ?? 25));
  console.log(`bibtex_10k_ms  ${figure?.median} ms (median of ${figure?.runs})`);
}

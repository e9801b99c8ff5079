/**
 * Markdown engine budgets (issue 4), measured in Node: importing the 94 KB awesome seed
 * (≤ 20 ms median) and exporting a 10,000-item collection in 100 topics (≤ 150 ms median),
 * from scratch and into an imported list.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportList, type ImportedList, importList } from '../lib/markdown/index';
import type { Item, StyleName } from '../lib/types';

export interface BenchFigure {
  median: number;
  unit: 'ms';
  runs: number;
}

export function measure(runs: number, work: () => unknown): BenchFigure {
  for (let i = 0; i < 5; i++) work(); // warm-up: JIT and caches, as a long-lived page would have
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const middle = Math.floor(runs / 2);
  const median =
    runs % 2 ? (times[middle] ?? 0) : ((times[middle - 1] ?? 0) + (times[middle] ?? 0)) / 2;
  return { median: Math.round(median * 100) / 100, unit: 'ms', runs };
}

/** 10,000 items in 100 topics (10 parents × 10 children): papers, repositories and pages. */
/** An imported list's entries as the items of its topics, as export receives them. */
export function importedTopics(imported: ImportedList): { path: string; items: Item[] }[] {
  return imported.topics.map((path) => ({
    path,
    items: imported.entries
      .filter((entry) => entry.topic === path)
      .map((entry, index): Item => ({
        ...entry.capture,
        note: entry.note ?? '',
        status: entry.status ?? 'to-read',
        topicIds: [],
        savedAt: index,
        updatedAt: index,
      })),
  }));
}

function generatedTopics(): { path: string; items: Item[] }[] {
  const topics: { path: string; items: Item[] }[] = [];
  let n = 0;
  for (let t = 0; t < 100; t++) {
    const items: Item[] = [];
    for (let i = 0; i < 100; i++, n++) {
      const base = {
        note: n % 3 ? '' : `note ${n}`,
        status: 'to-read' as const,
        topicIds: [],
        savedAt: n,
        updatedAt: n,
      };
      if (n % 3 === 0) {
        const id = `${2100 + (n % 300)}.${String(10000 + n).slice(-5)}`;
        items.push({
          ...base,
          key: `arxiv:${id}`,
          kind: 'paper',
          url: `https://arxiv.org/abs/${id}`,
          title: `Paper ${n}: efficient *inference* with [tricks]`,
          authors: ['Ada Lovelace', 'Alan Turing', 'Grace Hopper'],
          arxiv: { id, version: 1 },
          codeUrls: [`https://github.com/lab${n}/code${n}`],
        });
      } else if (n % 3 === 1) {
        items.push({
          ...base,
          key: `github:owner${n}/repo${n}`,
          kind: 'repo',
          url: `https://github.com/owner${n}/repo${n}`,
          title: `owner${n}/repo${n}`,
          description: `Repository number ${n}`,
          repo: { owner: `owner${n}`, name: `repo${n}` },
        });
      } else {
        items.push({
          ...base,
          key: `url:https://example.com/${n}`,
          kind: 'page',
          url: `https://example.com/${n}`,
          title: `Blog post ${n}`,
        });
      }
    }
    topics.push({ path: `Area ${Math.floor(t / 10)} / Topic ${t}`, items });
  }
  return topics;
}

export async function benchMarkdown(): Promise<Record<string, BenchFigure>> {
  const awesome = readFileSync(
    resolve(process.cwd(), '../shared/seeds/awesome-efficient-llm.md'),
    'utf8',
  );
  const topics = generatedTopics();
  const style: StyleName = 'awesome';
  const fromScratch = () => exportList({ list: { name: 'Bench', style }, topics });
  // The same 10,000 items saved into the imported awesome seed: its own 266 entries stay,
  // a fifth of the topics exist in it already, the rest become new headings.
  const imported = importList(awesome);
  const seedTopics = importedTopics(imported);
  const mixed = topics.map((topic, index) => {
    const existing = index % 5 === 0 ? seedTopics[(index / 5) % seedTopics.length] : undefined;
    return existing ? { path: existing.path, items: [...existing.items, ...topic.items] } : topic;
  });
  const intoSource = () =>
    exportList(
      { list: { name: 'Bench', style, source: awesome, importedAt: 0 }, topics: mixed },
      { now: new Date(0) },
    );
  return {
    import_awesome_ms: measure(25, () => importList(awesome)),
    export_10k_ms: measure(21, fromScratch),
    export_10k_into_source_ms: measure(11, intoSource),
  };
}

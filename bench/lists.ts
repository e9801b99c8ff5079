/**
 * Issue 11 budgets, measured in Node on the largest real list of ../shared/lists (the 417 KB
 * padded table): importing it (≤ 60 ms median) and one save into its busiest topic
 * (≤ 30 ms median; the import that builds the collection is not counted, the export's own
 * reading of the file is).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportList, importList } from '../lib/markdown/index';
import type { Item } from '../lib/types';
import { type BenchFigure, importedTopics, measure } from './markdown';

function largestList(): string {
  const dir = resolve(process.cwd(), '../shared/lists');
  const names = readdirSync(dir).filter((name) => name.endsWith('.md'));
  names.sort((a, b) => statSync(resolve(dir, b)).size - statSync(resolve(dir, a)).size);
  return readFileSync(resolve(dir, names[0] ?? ''), 'utf8');
}

const SAVED: Item = {
  key: 'arxiv:1706.03762',
  kind: 'paper',
  url: 'https://arxiv.org/abs/1706.03762',
  title: 'Attention Is All You Need',
  authors: ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar'],
  arxiv: { id: '1706.03762', version: 7, published: '2017-06-12' },
  venue: { name: 'NeurIPS', year: 2017 },
  codeUrls: ['https://github.com/tensorflow/tensor2tensor'],
  note: '',
  status: 'to-read',
  topicIds: [],
  savedAt: 1,
  updatedAt: 1,
};

export function benchLists(): Record<string, BenchFigure> {
  const source = largestList();
  const imported = importList(source);
  const counts = new Map<string, number>();
  for (const entry of imported.entries) counts.set(entry.topic, (counts.get(entry.topic) ?? 0) + 1);
  const busiest = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const topics = importedTopics(imported);
  for (const topic of topics) if (topic.path === busiest) topic.items.push(SAVED);
  const list = { name: 'Bench', style: imported.style, source, importedAt: 0 };
  return {
    import_largest_list_ms: measure(25, () => importList(source)),
    insert_largest_list_ms: measure(25, () => exportList({ list, topics }, { now: new Date(0) })),
  };
}

/**
 * Shared test material: the user's seed lists (../shared/seeds), a collection built from a
 * seed the way the extension builds it, and three works to save into it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { type Collection, emptyCollection } from '../../../lib/collection/collection';
import { fileCapture } from '../../../lib/collection/file';
import { applyImportedList } from '../../../lib/collection/imported-list';
import { listExportInput } from '../../../lib/collection/list-export';
import { exportList, importList } from '../../../lib/markdown/index';
import type { Capture, List } from '../../../lib/types';

export const SEEDS_DIR = resolve(process.cwd(), '../shared/seeds');
export const FIXTURES_DIR = resolve(process.cwd(), 'tests/fixtures/markdown');

export const SEED_NAMES = [
  'awesome-efficient-llm.md',
  'llm-info-papers.md',
  'llm-info-readme.md',
  'llm-wiki.md',
  'obsidian-transformers-note.md',
] as const;

export function readSeed(name: string): string {
  return readFileSync(resolve(SEEDS_DIR, name), 'utf8');
}

export const IMPORTED_AT = Date.UTC(2025, 0, 1);
export const EXPORT_TIME = new Date(Date.UTC(2025, 5, 15, 12, 30, 0));

export interface Shelf {
  collection: Collection;
  list: List;
  now: number;
}

/** A collection holding one list imported from `text`, with predictable ids. */
export function shelfFrom(text: string): Shelf {
  const collection = emptyCollection();
  let next = 0;
  const { list } = applyImportedList(collection, importList(text), text, {
    now: IMPORTED_AT,
    newId: () => `id-${++next}`,
  });
  return { collection, list, now: IMPORTED_AT };
}

export function exportShelf(shelf: Shelf): string {
  return exportList(listExportInput(shelf.collection, shelf.list), { now: EXPORT_TIME });
}

/** Files captures under a topic, one minute after the import (as a user would later). */
export function save(shelf: Shelf, topic: string, ...captures: Capture[]): void {
  captures.forEach((capture, index) => {
    let next = 0;
    fileCapture(
      shelf.collection,
      { capture, listId: shelf.list.id, topics: [topic] },
      IMPORTED_AT + 60_000 + index,
      () => `new-${topic}-${++next}`,
    );
  });
}

/** Deletes a topic as the library page does: its items go to its parent (or to no topic). */
export function deleteTopic(shelf: Shelf, path: string): void {
  const { collection } = shelf;
  const gone = collection.topics.find((topic) => topic.path === path);
  if (!gone) throw new Error(`no topic ${path}`);
  const parentPath = path.split(' / ').slice(0, -1).join(' / ');
  const parent = collection.topics.find((topic) => topic.path === parentPath);
  collection.topics = collection.topics.filter((topic) => topic !== gone);
  for (const item of collection.items)
    item.topicIds = item.topicIds.flatMap((id) =>
      id !== gone.id ? [id] : parent ? [parent.id] : [],
    );
}

/**
 * The export after deleting the topics `remove` and saving REPO into each of `add`; the
 * source must first export unchanged (the TOC and anchor tests start from a round trip).
 */
export function editedExport(
  text: string,
  { remove = [], add = [] }: { remove?: string[]; add?: string[] },
): string {
  const shelf = shelfFrom(text);
  expect(exportShelf(shelf)).toBe(text);
  for (const path of remove) deleteTopic(shelf, path);
  for (const topic of add) save(shelf, topic, REPO);
  return exportShelf(shelf);
}

export const PAPER: Capture = {
  key: 'arxiv:2405.04434',
  kind: 'paper',
  url: 'https://arxiv.org/abs/2405.04434',
  title: 'DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model',
  pageTitle:
    '[2405.04434] DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model',
  authors: [
    'DeepSeek-AI',
    'Aixin Liu',
    'Bei Feng',
    'Bin Wang',
    'Bingxuan Wang',
    'Bo Liu',
    'Chenggang Zhao',
    'Chengqi Deng',
    'Chong Ruan',
    'Damai Dai',
    'Daya Guo',
    'Dejian Yang',
  ],
  arxiv: { id: '2405.04434', version: 2 },
  codeUrls: ['https://github.com/deepseek-ai/DeepSeek-V2'],
};

export const REPO: Capture = {
  key: 'github:huggingface/trl',
  kind: 'repo',
  url: 'https://github.com/huggingface/trl',
  title: 'trl',
  pageTitle:
    'GitHub - huggingface/trl: Train transformer language models with reinforcement learning.',
  description: 'Train transformer language models with reinforcement learning.',
  repo: { owner: 'huggingface', name: 'trl' },
};

export const MODEL: Capture = {
  key: 'hf:model:meta-llama/meta-llama-3-8b',
  kind: 'model',
  url: 'https://huggingface.co/meta-llama/Meta-Llama-3-8B',
  title: 'meta-llama/Meta-Llama-3-8B',
  pageTitle: 'meta-llama/Meta-Llama-3-8B · Hugging Face',
  hub: { type: 'model', id: 'meta-llama/Meta-Llama-3-8B', owner: 'meta-llama' },
};

/** Per seed: a topic that exists and a new sub-topic of an existing one. */
export const INSERT_TOPICS: Record<
  (typeof SEED_NAMES)[number],
  { existing: string; fresh: string }
> = {
  'awesome-efficient-llm.md': {
    existing: 'Quantization / Papers',
    fresh: 'Quantization / Serving',
  },
  'llm-info-papers.md': {
    existing: 'Papers / Optimization concepts',
    fresh: 'Papers / Common concepts / Attention',
  },
  'llm-info-readme.md': {
    existing: 'Papers / Quantization / 2024',
    fresh: 'Papers / Quantization / 2025',
  },
  'llm-wiki.md': { existing: 'Papers', fresh: 'Papers / Alignment' },
  'obsidian-transformers-note.md': {
    existing: 'Other / Alignment / DPO',
    fresh: 'Other / Alignment / KTO',
  },
};

/** Lines without their terminators (whichever they are); none for an empty text. */
function linesOf(text: string): string[] {
  return text === '' ? [] : text.split(/\r\n|\n|\r/);
}

/**
 * The lines of `after` that are not in `before`, when `before` is `after` with lines taken
 * out (a longest-common-subsequence diff); null when something else changed.
 */
export function addedLines(before: string, after: string): string[] | null {
  const a = linesOf(before);
  const b = linesOf(after);
  const n = a.length;
  const m = b.length;
  const table: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = table[i] as Uint32Array;
      const below = table[i + 1] as Uint32Array;
      row[j] = a[i] === b[j] ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  if ((table[0] as Uint32Array)[0] !== n) return null;
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (j < m) {
    if (i < n && a[i] === b[j]) {
      i++;
      j++;
    } else {
      added.push(b[j] as string);
      j++;
    }
  }
  return added;
}

/** Lines of `before` missing from `after` when `after` only lost lines; null otherwise. */
export function removedLines(before: string, after: string): string[] | null {
  return addedLines(after, before);
}

/** A list whose heading holds ` / ` (one topic, not three levels), beside a plain sibling. */
export const SLASHED = [
  '# Papers',
  '',
  '## Audio',
  '',
  '### Speech / Audio / Music',
  '',
  '- [Wav2Vec 2.0](https://arxiv.org/abs/2006.11477)',
  '',
  '### Speech recognition',
  '',
  '- [Whisper](https://arxiv.org/abs/2212.04356)',
  '',
].join('\n');

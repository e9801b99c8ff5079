/**
 * A large collection for benchmarks: N items in T topics of one list, written straight
 * into the extension's IndexedDB from one of its pages (the schema must exist: open the
 * page first, which opens the store).
 */
import type { Page } from '@playwright/test';
import type { Item, List, Topic } from '../lib/types';

const WORDS = (
  'quantization pruning distillation attention transformer sparse kernel decoding speculative ' +
  'retrieval agent reasoning diffusion vision language memory cache serving benchmark survey ' +
  'alignment preference reward tokenizer embedding mixture experts adapter lora efficient'
).split(' ');

export interface SeedOptions {
  items: number;
  topics: number;
  listName?: string;
}

export function generateCollection({ items, topics, listName = 'Bench list' }: SeedOptions) {
  const now = Date.UTC(2026, 0, 1);
  const list: List = {
    id: 'bench-list',
    name: listName,
    fileName: 'README.md',
    style: 'plain',
    createdAt: now,
  };
  const topicRecords: Topic[] = [
    { id: 'bench-root', listId: list.id, path: '', order: 0, createdAt: now },
  ];
  for (let t = 0; t < topics; t++) {
    const parent = `${capitalise(WORDS[t % WORDS.length] as string)} ${Math.floor(t / WORDS.length)}`;
    topicRecords.push({
      id: `bench-t${t}`,
      listId: list.id,
      path: parent,
      order: t + 1,
      createdAt: now,
    });
  }
  const itemRecords: Item[] = [];
  for (let i = 0; i < items; i++) {
    const topic = topicRecords[1 + (i % topics)] as Topic;
    const id = `${2300 + Math.floor(i / 9000)}.${String(10000 + (i % 9000)).padStart(5, '0')}`;
    const words = Array.from({ length: 8 }, (_, w) => WORDS[(i * 7 + w * 13) % WORDS.length]);
    itemRecords.push({
      key: `arxiv:${id}`,
      kind: 'paper',
      url: `https://arxiv.org/abs/${id}`,
      title: `${capitalise(words.join(' '))} ${i}`,
      authors: [`Author ${i % 97}`, `Writer ${i % 89}`],
      abstract: `We study ${words.join(', ')} at scale.`,
      arxiv: { id, version: 1 + (i % 3) },
      note: i % 5 === 0 ? `note ${i}` : '',
      status: i % 4 === 0 ? 'read' : 'to-read',
      topicIds: [topic.id],
      savedAt: now + i,
      updatedAt: now + i,
    });
  }
  return { list, topics: topicRecords, items: itemRecords };
}

/** Writes the generated collection through raw IndexedDB in the given extension page. */
export async function seedCollection(page: Page, options: SeedOptions): Promise<void> {
  const data = generateCollection(options);
  // The page opens the store (creating its schema) on load; wait until it has.
  await page.waitForFunction(async () =>
    (await indexedDB.databases()).some((db) => db.name === 'paper-shelf' && (db.version ?? 0) > 0),
  );
  await page.evaluate(async (collection) => {
    const request = indexedDB.open('paper-shelf');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['lists', 'topics', 'items', 'settings'], 'readwrite');
    tx.objectStore('lists').put(collection.list);
    tx.objectStore('settings').put(collection.list.id, 'defaultListId');
    for (const topic of collection.topics) tx.objectStore('topics').put(topic);
    for (const item of collection.items) tx.objectStore('items').put(item);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    // Like every page that writes to the collection: the worker's saved keys are now stale.
    type Runtime = { sendMessage(message: unknown): Promise<unknown> };
    const { chrome } = globalThis as unknown as { chrome: { runtime: Runtime } };
    await chrome.runtime.sendMessage({ type: 'savedStateChanged' });
  }, data);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * "Copy as Markdown" on a collection: the work as the chosen list would write it, filed
 * under the topic with the form's note and status, whether it is saved yet or not.
 */
import { entryMarkdown } from '../markdown/entry-markdown';
import type { Capture, ReadStatus } from '../types';
import type { Collection } from './collection';
import { listExportInput } from './list-export';
import { newItem } from './merge';

export interface CopyMarkdownInput {
  capture: Capture;
  /** The list to write in; the first list when absent. */
  listId: string | undefined;
  topic: string;
  note: string;
  status: ReadStatus;
}

export function copyMarkdown(collection: Collection, input: CopyMarkdownInput, now: Date): string {
  const list =
    collection.lists.find((candidate) => candidate.id === input.listId) ?? collection.lists[0];
  if (!list) throw new Error('there is no list yet: save the item once to create one');
  const saved = collection.items.find((item) => item.key === input.capture.key);
  // What the page shows now, over what was saved (the saved record keeps its cite key).
  const item = {
    ...(saved ?? newItem(input.capture, now.getTime())),
    ...input.capture,
    note: input.note,
    status: input.status,
  };
  const text = entryMarkdown(listExportInput(collection, list), input.topic, item, { now });
  if (text === '') throw new Error(`${list.name} wrote no line for it`);
  return text;
}

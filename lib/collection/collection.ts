/**
 * The collection as plain data (the shape of a backup), and the operations on it that the
 * CLI runs directly and the store runs inside one IndexedDB transaction, on the records it
 * loaded: both sides file an item by the same rules.
 */
import type { Backup, Capture, Item, List, StyleName, Topic } from '../types';
import { mergeCapture, newItem } from './merge';
import { ensureTopic } from './topics';

export type Collection = Pick<Backup, 'lists' | 'topics' | 'items'>;

export type NewId = () => string;

export const DEFAULT_LIST_NAME = 'Reading list';

export const defaultNewId: NewId = () => crypto.randomUUID();

export function emptyCollection(): Collection {
  return { lists: [], topics: [], items: [] };
}

export function createList(
  collection: Collection,
  fields: { name: string; fileName?: string; style?: StyleName },
  now: number,
  newId: NewId = defaultNewId,
): List {
  const list: List = {
    id: newId(),
    name: fields.name,
    fileName: fields.fileName ?? 'README.md',
    style: fields.style ?? 'plain',
    createdAt: now,
  };
  collection.lists.push(list);
  return list;
}

export interface FileRequest {
  capture: Capture;
  listId: string;
  topic?: string;
  note?: string;
}

export interface FileResult {
  item: Item;
  topic: Topic;
  existed: boolean;
}

/** Saves a capture into a topic: a new record, or the work's record merged and refiled. */
export function fileCapture(
  collection: Collection,
  request: FileRequest,
  now: number,
  newId: NewId = defaultNewId,
): FileResult {
  const topic = ensureTopic(collection, request.listId, request.topic ?? '', now, newId);
  const index = collection.items.findIndex((item) => item.key === request.capture.key);
  const existing = index >= 0 ? collection.items[index] : undefined;
  const item = existing
    ? mergeCapture(existing, request.capture, now)
    : newItem(request.capture, now);
  if (!item.topicIds.includes(topic.id)) item.topicIds = [...item.topicIds, topic.id];
  if (request.note !== undefined && request.note !== item.note) {
    item.note = request.note;
    item.editedAt = now;
  }
  if (existing) collection.items[index] = item;
  else collection.items.push(item);
  return { item, topic, existed: existing !== undefined };
}

/** Filing a capture: the popup's save, the one-key save, the CLI's `add`. */
import type { Capture, Item, ReadStatus, Topic } from '../types';
import { type Collection, defaultNewId, type NewId } from './collection';
import { mergeCapture, newItem } from './merge';
import { ensureTopic } from './topics';

export interface FileRequest {
  capture: Capture;
  listId: string;
  /** Topic paths to file under; none (or only `''`) files the item in the list itself. */
  topics?: string[];
  /** The item's topics in this list become exactly `topics` (an edit), instead of adding. */
  replaceTopics?: boolean;
  note?: string;
  status?: ReadStatus;
}

export interface FileResult {
  item: Item;
  /** The topics the request named, in its order. */
  topics: Topic[];
  existed: boolean;
}

/** Saves a capture into topics: a new record, or the work's record merged and refiled. */
export function fileCapture(
  collection: Collection,
  request: FileRequest,
  now: number,
  newId: NewId = defaultNewId,
): FileResult {
  const paths = request.topics?.length ? request.topics : [''];
  const topics = unique(
    paths.map((path) => ensureTopic(collection, request.listId, path, now, newId)),
  );
  const index = collection.items.findIndex((item) => item.key === request.capture.key);
  const existing = index >= 0 ? collection.items[index] : undefined;
  const item = existing
    ? mergeCapture(existing, request.capture, now)
    : newItem(request.capture, now);
  const wanted = topics.map((topic) => topic.id);
  const before = item.topicIds;
  if (request.replaceTopics) {
    const inThisList = new Set(
      collection.topics.filter((topic) => topic.listId === request.listId).map((t) => t.id),
    );
    item.topicIds = [...before.filter((id) => !inThisList.has(id)), ...wanted];
  } else {
    item.topicIds = unique([...before, ...wanted]);
  }
  const edited =
    (existing && !sameMembers(before, item.topicIds)) ||
    (request.note !== undefined && request.note !== item.note) ||
    (request.status !== undefined && request.status !== item.status);
  if (request.note !== undefined) item.note = request.note;
  if (request.status !== undefined) item.status = request.status;
  if (existing && edited) item.editedAt = now;
  if (existing) collection.items[index] = item;
  else collection.items.push(item);
  return { item, topics, existed: existing !== undefined };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function sameMembers(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((value) => b.includes(value));
}

/** Topics of a list, found by path and created (with their parents) on first use. */
import type { Topic } from '../types';
import { type Collection, defaultNewId, type NewId } from './collection-shape';
import { normalizeTopicPath, topicPathChain } from '../topic-paths';

/**
 * The topic at `path` in a list, created (with its parents) on first use. The empty path
 * is the list itself: items filed there come before the first heading.
 */
export function ensureTopic(
  collection: Collection,
  listId: string,
  path: string,
  now: number,
  newId: NewId = defaultNewId,
): Topic {
  const chain = topicPathChain(path);
  let topic = findTopic(collection, listId, '') ?? addTopic(collection, listId, '', now, newId);
  for (const link of chain) {
    topic = findTopic(collection, listId, link) ?? addTopic(collection, listId, link, now, newId);
  }
  return topic;
}

export function findTopic(collection: Collection, listId: string, path: string): Topic | undefined {
  const wanted = normalizeTopicPath(path);
  return collection.topics.find((topic) => topic.listId === listId && topic.path === wanted);
}

function addTopic(
  collection: Collection,
  listId: string,
  path: string,
  now: number,
  newId: NewId,
): Topic {
  const order = collection.topics.filter((topic) => topic.listId === listId).length;
  const topic: Topic = { id: newId(), listId, path, order, createdAt: now };
  collection.topics.push(topic);
  return topic;
}

/**
 * Topics of a list: found by path and created (with their parents) on first use, renamed,
 * nested, reordered and deleted. One order rule holds after every change, whoever makes it
 * (popup, library, import, CLI): a list's topics are numbered 0, 1, 2, … in document order
 * (each parent before its children, a topic's sub-topics right after it), which is the
 * order the library shows and the order export writes.
 */
import {
  escapeTopicName,
  isInsidePath,
  normalizeTopicPath,
  parentTopicPath,
  topicName,
  topicPathChain,
} from '../topic-path';
import type { Item, Topic } from '../types';
import { TOPIC_SEPARATOR } from '../types';
import { type Collection, CollectionError, defaultNewId, type NewId } from './collection';

/**
 * The topic at `path` in a list, created (with its parents) on first use. The empty path
 * is the list itself: items filed there come before the first heading. A new topic goes
 * last among its siblings.
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
  // After the highest order, not the count: a list whose orders have gaps (a topic deleted
  // before renumbering existed) would otherwise give two topics one number.
  const last = collection.topics.reduce(
    (max, topic) => (topic.listId === listId ? Math.max(max, topic.order) : max),
    -1,
  );
  const topic: Topic = { id: newId(), listId, path, order: last + 1, createdAt: now };
  collection.topics.push(topic);
  return topic;
}

/** Topics sorted by order; ties (older data) broken by creation time, then id, not by chance. */
function byOrder(a: Topic, b: Topic): number {
  return a.order - b.order || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Topics in document order: each parent before its children, a topic's sub-topics right
 * after it, siblings by `rank` (default: their current order). Orders become 0, 1, 2, …
 */
export function renumber(topics: Topic[], rank?: Map<string, number>): Topic[] {
  const sorted = [...topics].sort(byOrder);
  const byPath = new Map(sorted.map((t) => [t.path, t]));
  const children = new Map<string, Topic[]>();
  const roots: Topic[] = [];
  for (const topic of sorted) {
    if (topic.path === '') {
      roots.push(topic);
      continue;
    }
    let parent = parentTopicPath(topic.path);
    // A topic whose parent record is missing hangs from the nearest ancestor that exists.
    while (parent !== '' && !byPath.has(parent)) parent = parentTopicPath(parent);
    const siblings = children.get(parent) ?? [];
    siblings.push(topic);
    children.set(parent, siblings);
  }
  const out: Topic[] = [...roots];
  const visit = (path: string) => {
    const list = children.get(path) ?? [];
    if (rank) list.sort((a, b) => (rank.get(a.id) ?? a.order) - (rank.get(b.id) ?? b.order));
    for (const child of list) {
      out.push(child);
      visit(child.path);
    }
  };
  visit('');
  return out.map((t, index) => (t.order === index ? t : { ...t, order: index }));
}

/** Lays the list's topics out again in document order, in place (see `renumber`). */
export function renumberList(collection: Collection, listId: string): void {
  const ordered = renumber(collection.topics.filter((topic) => topic.listId === listId));
  const byId = new Map(ordered.map((topic) => [topic.id, topic]));
  collection.topics = collection.topics.map((topic) => byId.get(topic.id) ?? topic);
}

function getTopic(collection: Collection, topicId: string): Topic {
  const topic = collection.topics.find((t) => t.id === topicId);
  if (!topic) throw new CollectionError('That topic no longer exists: reload the page.');
  return topic;
}

function replaceTopics(collection: Collection, changed: Topic[]): void {
  const byId = new Map(changed.map((topic) => [topic.id, topic]));
  collection.topics = collection.topics.map((topic) => byId.get(topic.id) ?? topic);
}

/** The library's "Add topic": the topic (and its parents) if it is not there yet. */
export function addTopicPath(
  collection: Collection,
  listId: string,
  path: string,
  now: number,
  newId: NewId,
): Topic {
  if (!collection.lists.some((list) => list.id === listId)) {
    throw new CollectionError('That list no longer exists.');
  }
  return ensureTopic(collection, listId, path, now, newId);
}

/**
 * Gives a topic (and its sub-topics) a new path: renaming changes the last part, nesting
 * the parent. Refuses a path another topic of the list already has.
 */
function repath(
  collection: Collection,
  topicId: string,
  newPath: (topic: Topic) => string,
  toEnd: boolean,
): Topic[] {
  const topic = getTopic(collection, topicId);
  if (topic.path === '') {
    throw new CollectionError('The list itself cannot be renamed or moved here.');
  }
  const target = normalizeTopicPath(newPath(topic));
  if (!target) throw new CollectionError('A topic needs a name.');
  if (isInsidePath(target, topic.path) && target !== topic.path) {
    throw new CollectionError('A topic cannot be nested inside itself.');
  }
  const all = collection.topics.filter((t) => t.listId === topic.listId);
  const subtree = all.filter((t) => isInsidePath(t.path, topic.path));
  const others = new Set(all.filter((t) => !subtree.includes(t)).map((t) => t.path));
  const renamed = subtree.map((t) => ({ ...t, path: target + t.path.slice(topic.path.length) }));
  const clash = renamed.find((t) => others.has(t.path));
  if (clash) throw new CollectionError(`There is already a topic "${clash.path}" in this list.`);
  // A nested topic lands at the end of its new parent; a renamed one stays where it was.
  if (toEnd) {
    const moved = renamed.find((t) => t.id === topic.id) as Topic;
    moved.order = Number.MAX_SAFE_INTEGER;
  }
  replaceTopics(collection, renamed);
  renumberList(collection, topic.listId);
  return listTopics(collection, topic.listId);
}

function listTopics(collection: Collection, listId: string): Topic[] {
  return collection.topics.filter((t) => t.listId === listId).sort(byOrder);
}

export function renameTopic(collection: Collection, topicId: string, name: string): Topic[] {
  return repath(
    collection,
    topicId,
    (topic) => {
      // The typed name is one topic's name, ` / ` and all (escaped in the path: topic-path.ts).
      const clean = escapeTopicName(name.replace(/\s+/g, ' ').trim());
      const parent = parentTopicPath(topic.path);
      return parent ? `${parent}${TOPIC_SEPARATOR}${clean}` : clean;
    },
    false,
  );
}

/** Moves a topic under another parent (`''`: to the top of the list). */
export function nestTopic(collection: Collection, topicId: string, parentPath: string): Topic[] {
  return repath(
    collection,
    topicId,
    (topic) =>
      parentPath ? `${parentPath}${TOPIC_SEPARATOR}${topicName(topic)}` : topicName(topic),
    true,
  );
}

/** Moves a topic (with its sub-topics) before the previous or after the next sibling. */
export function reorderTopic(collection: Collection, topicId: string, direction: -1 | 1): Topic[] {
  const topic = getTopic(collection, topicId);
  const all = renumber(collection.topics.filter((t) => t.listId === topic.listId));
  const parent = parentTopicPath(topic.path);
  const siblings = all.filter((t) => t.path !== '' && parentTopicPath(t.path) === parent);
  const at = siblings.findIndex((t) => t.id === topicId);
  const other = siblings[at + direction];
  if (other && topic.path !== '') {
    // Sibling order is what `renumber` keeps: swap the two, then lay the tree out again.
    const rank = new Map(siblings.map((t, index) => [t.id, index]));
    rank.set(topicId, at + direction);
    rank.set(other.id, at);
    replaceTopics(collection, renumber(all, rank));
  } else {
    replaceTopics(collection, all);
  }
  return listTopics(collection, topic.listId);
}

/**
 * Deletes a topic and its sub-topics; their items go to the deleted topic's parent (the
 * list itself for a top-level topic), and the list's remaining topics are numbered again.
 * The collection must hold every item filed under the topic.
 */
export function deleteTopic(
  collection: Collection,
  topicId: string,
  now: number,
): { parent: Topic; moved: number } {
  const topic = getTopic(collection, topicId);
  if (topic.path === '') throw new CollectionError('The list itself is not a topic to delete.');
  const all = collection.topics.filter((t) => t.listId === topic.listId);
  const parentPath = parentTopicPath(topic.path);
  const parent = all.find((t) => t.path === parentPath);
  if (!parent) throw new CollectionError('The parent topic is missing: reload the page.');
  const doomed = new Set(all.filter((t) => isInsidePath(t.path, topic.path)).map((t) => t.id));
  let moved = 0;
  collection.items = collection.items.map((item): Item => {
    if (!item.topicIds.some((id) => doomed.has(id))) return item;
    moved++;
    const kept = item.topicIds.filter((id) => !doomed.has(id));
    const topicIds = kept.includes(parent.id) ? kept : [...kept, parent.id];
    return { ...item, topicIds, updatedAt: now, editedAt: now };
  });
  collection.topics = collection.topics.filter((t) => !doomed.has(t.id));
  renumberList(collection, topic.listId);
  return { parent: getTopic(collection, parent.id), moved };
}

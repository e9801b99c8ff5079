/**
 * What the page shows of one list, derived from the loaded collection in one pass over
 * the items: topics in order, items per topic, counts, and what is new since the export.
 */
import { newKeysSince } from '../../lib/collection/exports';
import type { LibraryData } from '../../lib/store/collection-store';
import type { Item, List, Topic } from '../../lib/types';

export interface ListPage {
  list: List;
  topics: Topic[];
  topicIds: Set<string>;
  byTopic: Map<string, Item[]>;
  counts: Map<string, number>;
  /** The list's items, each once, in saved order. */
  items: Item[];
  newKeys: Set<string>;
  pathOf: Map<string, string>;
}

export function listPage(data: LibraryData, listId: string | undefined): ListPage | undefined {
  const list = data.lists.find((l) => l.id === listId) ?? data.lists[0];
  if (!list) return undefined;
  const topics = data.topics.filter((topic) => topic.listId === list.id);
  const topicIds = new Set(topics.map((topic) => topic.id));
  const byTopic = new Map<string, Item[]>(topics.map((topic) => [topic.id, []]));
  const items: Item[] = [];
  for (const item of data.items) {
    let inList = false;
    for (const id of item.topicIds) {
      const group = byTopic.get(id);
      if (group) {
        group.push(item);
        inList = true;
      }
    }
    if (inList) items.push(item);
  }
  const bySaved = (a: Item, b: Item) => a.savedAt - b.savedAt;
  for (const group of byTopic.values()) group.sort(bySaved);
  items.sort(bySaved);
  const counts = new Map([...byTopic].map(([id, group]) => [id, group.length]));
  const record = data.exports.find((e) => e.listId === list.id);
  const newKeys = newKeysSince(list, record, items);
  const pathOf = new Map(topics.map((topic) => [topic.id, topic.path || list.name]));
  return { list, topics, topicIds, byTopic, counts, items, newKeys, pathOf };
}

/** The topic to show first: the one asked for if it is in the list, else the first with items. */
export function defaultTopic(page: ListPage, wanted: string | undefined): Topic | undefined {
  return (
    page.topics.find((topic) => topic.id === wanted) ??
    page.topics.find((topic) => (page.counts.get(topic.id) ?? 0) > 0) ??
    page.topics[0]
  );
}

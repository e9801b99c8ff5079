/**
 * What the Markdown engine needs to write one list of a collection: the list, its topics
 * in order, and each topic's items in saved order.
 */
import type { ExportInput } from '../markdown/index';
import type { Item, List } from '../types';
import type { Collection } from './collection';

export function listExportInput(collection: Collection, list: List): ExportInput {
  const topics = collection.topics
    .filter((topic) => topic.listId === list.id)
    .sort((a, b) => a.order - b.order);
  const byTopic = new Map<string, Item[]>(topics.map((topic) => [topic.id, []]));
  for (const item of collection.items) {
    for (const topicId of item.topicIds) byTopic.get(topicId)?.push(item);
  }
  return {
    list,
    topics: topics.map((topic) => ({
      path: topic.path,
      ...(topic.sourcePath === undefined ? {} : { sourcePath: topic.sourcePath }),
      // Stable sort: items saved at the same moment keep their collection order.
      items: (byTopic.get(topic.id) ?? []).sort((a, b) => a.savedAt - b.savedAt),
    })),
  };
}

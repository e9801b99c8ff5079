/**
 * What the popup's filing form starts from: lists, topics, the work's record, and the list
 * to file into (the record's own list, else the list used last, else the first). Here, in
 * the store, so the form (components/) and the popup (entrypoints/) both import it downward.
 */
import type { Capture, Item, List, Topic } from '../types';
import type { CollectionStore } from './collection-store';

export interface FilingContext {
  lists: List[];
  topics: Topic[];
  /** The list a new save goes to (the last one used); undefined before the first save. */
  listId?: string;
  /** The work's record when it is in the collection already. */
  item?: Item;
  /** Where that record is filed, as people read it. */
  places: string[];
  /** The topic the last save of this kind of item went to. */
  lastTopic?: string;
}

export async function loadFilingContext(
  store: CollectionStore,
  capture: Capture,
): Promise<FilingContext> {
  const [lists, topics, item, lastTopic, lastList] = await Promise.all([
    store.lists(),
    store.topics(),
    store.getItem(capture.key),
    store.lastTopic(capture.kind),
    store.lastListId(),
  ]);
  const places = item ? await store.placesOf(item) : [];
  const itemList = item && topics.find((topic) => item.topicIds.includes(topic.id))?.listId;
  const listId = itemList ?? lists.find((list) => list.id === lastList)?.id ?? lists[0]?.id;
  return { lists, topics, item, places, lastTopic, listId };
}

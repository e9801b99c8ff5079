import type { Shelf } from '../../lib/store/shelf';
import type { Capture } from '../../lib/types';
import type { FilingContext } from './services';

/**
 * What the form starts from: lists, topics, the work's record, and the list to file into
 * (the record's own list, else the list used last, else the first).
 */
export async function loadFilingContext(shelf: Shelf, capture: Capture): Promise<FilingContext> {
  const [lists, topics, item, lastTopic, lastList] = await Promise.all([
    shelf.lists(),
    shelf.topics(),
    shelf.getItem(capture.key),
    shelf.lastTopic(capture.kind),
    shelf.getSetting<string>('lastListId'),
  ]);
  const places = item ? await shelf.placesOf(item) : [];
  const itemList = item && topics.find((topic) => item.topicIds.includes(topic.id))?.listId;
  const listId = itemList ?? lists.find((list) => list.id === lastList)?.id ?? lists[0]?.id;
  return { lists, topics, item, places, lastTopic, listId };
}

/**
 * Taking a work out of ONE list: the popup shows one list at a time, so "Remove" there
 * means this list; the record stays in the others. A record left in no list is deleted,
 * as a removal from the whole collection would.
 */
import type { Item } from '../types';
import type { Shelf } from './shelf';

/**
 * Returns the record as it was before (for undo through `Shelf.restore`), or undefined
 * when there is no such record.
 */
export async function removeFromList(
  shelf: Shelf,
  key: string,
  listId: string,
  now: () => number = Date.now,
): Promise<Item | undefined> {
  const tx = shelf.db.transaction(['items', 'topics'], 'readwrite');
  const item = await tx.objectStore('items').get(key);
  if (!item) {
    await tx.done;
    return undefined;
  }
  const inList = new Set(await tx.objectStore('topics').index('by-list').getAllKeys(listId));
  const kept = item.topicIds.filter((id) => !inList.has(id));
  if (kept.length === 0) await tx.objectStore('items').delete(key);
  else {
    const time = now();
    await tx.objectStore('items').put({ ...item, topicIds: kept, updatedAt: time, editedAt: time });
  }
  await tx.done;
  return item;
}

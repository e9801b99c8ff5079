/**
 * The popup's "Remove from this list": the rulebook's operation, run in one transaction.
 * Returns the record as it was before (for undo through `CollectionStore.restore`), or
 * undefined when there is no such record.
 */
import { removeFromList as removeFromListOperation } from '../collection/operations';
import type { Item } from '../types';
import type { CollectionStore } from './collection-store';

export async function removeFromList(
  store: CollectionStore,
  key: string,
  listId: string,
): Promise<Item | undefined> {
  return (await store.run(removeFromListOperation(key, listId))).result;
}

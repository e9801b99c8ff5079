/** Lists: created with their root topic (the list itself), renamed, restyled. */
import type { List, StyleName } from '../types';
import { type Collection, CollectionError, defaultNewId, type NewId } from './collection';
import { ensureTopic } from './topics';

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

/** The library's "New list": a name is required; the list starts with its root topic. */
export function addList(
  collection: Collection,
  fields: { name: string; fileName: string; style: StyleName },
  now: number,
  newId: NewId,
): List {
  const name = fields.name.trim();
  if (!name) throw new CollectionError('A list needs a name.');
  const list = createList(
    collection,
    { name, fileName: fields.fileName.trim() || 'README.md', style: fields.style },
    now,
    newId,
  );
  ensureTopic(collection, list.id, '', now, newId);
  return list;
}

export type ListPatch = Partial<Pick<List, 'name' | 'fileName' | 'style'>>;

export function updateList(collection: Collection, listId: string, patch: ListPatch): List {
  const index = collection.lists.findIndex((list) => list.id === listId);
  const list = collection.lists[index];
  if (!list) throw new CollectionError('That list no longer exists.');
  const next: List = { ...list };
  if (patch.name !== undefined) {
    if (!patch.name.trim()) throw new CollectionError('A list needs a name.');
    next.name = patch.name.trim();
  }
  if (patch.fileName !== undefined) {
    if (!patch.fileName.trim()) throw new CollectionError('A list needs a file name.');
    next.fileName = patch.fileName.trim();
  }
  if (patch.style !== undefined) next.style = patch.style;
  collection.lists[index] = next;
  return next;
}

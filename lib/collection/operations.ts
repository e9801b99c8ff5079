/**
 * The rulebook: every change to the collection, as an operation that names the slice it
 * needs and applies one rule to it (the Markdown import, which needs the Markdown engine,
 * is in import-operation.ts, so the popup and background do not load that engine). The library page, the popup, the background and the
 * CLI all run these (through lib/store/ in the browser, `runInMemory` on a backup file), so
 * a rule exists once and behaves the same from every side.
 */
import type { Backup, Item, ItemKind, List, StyleName, Topic } from '../types';
import { CollectionError, DEFAULT_LIST_NAME } from './collection';
import { type ExportRecord, recordExport as recordExportRule } from './exports';
import { type FileRequest, type FileResult, fileCapture } from './file';
import {
  type ItemPatch,
  type Move,
  mergeItems as mergeItemsRule,
  moveItems as moveItemsRule,
  removeFromList as removeFromListRule,
  removeItems as removeItemsRule,
  restoreItems as restoreItemsRule,
  updateItem as updateItemRule,
} from './items';
import {
  addList,
  createList as createListRule,
  type ListPatch,
  updateList as updateListRule,
} from './lists';
import type { Operation, Slice } from './slice';
import {
  addTopicPath,
  deleteTopic as deleteTopicRule,
  nestTopic as nestTopicRule,
  renameTopic as renameTopicRule,
  reorderTopic as reorderTopicRule,
} from './topics';

export const DEFAULT_LIST_SETTING = 'defaultListId';
export const LAST_LIST_SETTING = 'lastListId';

export function lastTopicSetting(kind: ItemKind): string {
  return `lastTopic:${kind}`;
}

// ---- filing (popup, one-key save, listing buttons, CLI add) ----

export type SaveFiling = Omit<FileRequest, 'listId'> & {
  /** The list to file into; the default list (created on first use) when missing. */
  listId?: string;
};

export interface FiledCapture extends FileResult {
  list: List;
}

export function fileCaptureOperation(request: SaveFiling): Operation<FiledCapture> {
  return {
    needs: {
      items: [request.capture.key],
      settings: [DEFAULT_LIST_SETTING, LAST_LIST_SETTING, lastTopicSetting(request.capture.kind)],
    },
    apply(draft, { now, newId }) {
      const list = resolveList(draft, request.listId, now, newId);
      const filed = fileCapture(draft, { ...request, listId: list.id }, now, newId);
      // The next save of this kind of item starts from this topic, in this list.
      draft.settings[lastTopicSetting(filed.item.kind)] = filed.topics[0]?.path ?? '';
      draft.settings[LAST_LIST_SETTING] = list.id;
      return { ...filed, list };
    },
  };
}

/** The list to file into: the one asked for, else the default list (created on first use). */
function resolveList(
  draft: Slice,
  listId: string | undefined,
  now: number,
  newId: () => string,
): List {
  if (listId) {
    const list = draft.lists.find((l) => l.id === listId);
    if (!list) throw new CollectionError('That list no longer exists: pick another one.');
    return list;
  }
  const preferred = draft.lists.find((l) => l.id === draft.settings[DEFAULT_LIST_SETTING]);
  if (preferred) return preferred;
  const oldest = [...draft.lists].sort((a, b) => a.createdAt - b.createdAt)[0];
  if (oldest) return oldest;
  const list = createListRule(draft, { name: DEFAULT_LIST_NAME }, now, newId);
  draft.settings[DEFAULT_LIST_SETTING] = list.id;
  return list;
}

// ---- items (library) ----

export function updateItem(key: string, patch: ItemPatch): Operation<Item> {
  return {
    needs: { items: [key] },
    apply: (draft, { now }) => updateItemRule(draft, key, patch, now),
  };
}

/** Moves a selection (from any number of topics) in one step: all of it or none. */
export function moveItems(moves: Move[], to: string): Operation<Item[]> {
  return {
    needs: { items: moves.map((move) => move.key) },
    apply: (draft, { now }) => moveItemsRule(draft, moves, to, now),
  };
}

export function mergeItems(keepKey: string, dropKey: string): Operation<Item> {
  return {
    needs: { items: [keepKey, dropKey] },
    apply: (draft, { now }) => mergeItemsRule(draft, keepKey, dropKey, now),
  };
}

export function removeItems(keys: string[]): Operation<Item[]> {
  return { needs: { items: keys }, apply: (draft) => removeItemsRule(draft, keys) };
}

export function removeFromList(key: string, listId: string): Operation<Item | undefined> {
  return {
    needs: { items: [key] },
    apply: (draft, { now }) => removeFromListRule(draft, key, listId, now),
  };
}

export function restoreItems(items: Item[]): Operation<void> {
  return {
    needs: { items: items.map((item) => item.key) },
    apply: (draft) => restoreItemsRule(draft, items),
  };
}

// ---- topics (library) ----

export function addTopic(listId: string, path: string): Operation<Topic> {
  return {
    needs: {},
    apply: (draft, { now, newId }) => addTopicPath(draft, listId, path, now, newId),
  };
}

export function renameTopic(topicId: string, name: string): Operation<Topic[]> {
  return { needs: {}, apply: (draft) => renameTopicRule(draft, topicId, name) };
}

export function nestTopic(topicId: string, parentPath: string): Operation<Topic[]> {
  return { needs: {}, apply: (draft) => nestTopicRule(draft, topicId, parentPath) };
}

export function reorderTopic(topicId: string, direction: -1 | 1): Operation<Topic[]> {
  return { needs: {}, apply: (draft) => reorderTopicRule(draft, topicId, direction) };
}

export function deleteTopic(topicId: string): Operation<{ parent: Topic; moved: number }> {
  return {
    needs: { itemsUnder: [topicId] },
    apply: (draft, { now }) => deleteTopicRule(draft, topicId, now),
  };
}

// ---- lists and exports ----

export function createList(fields: {
  name: string;
  fileName: string;
  style: StyleName;
}): Operation<List> {
  return { needs: {}, apply: (draft, { now, newId }) => addList(draft, fields, now, newId) };
}

export function updateList(listId: string, patch: ListPatch): Operation<List> {
  return { needs: {}, apply: (draft) => updateListRule(draft, listId, patch) };
}

export function recordExport(listId: string, keys: string[]): Operation<ExportRecord> {
  return {
    needs: { exports: [listId] },
    apply: (draft, { now }) => recordExportRule(draft, listId, keys, now),
  };
}

// ---- imports and restores ----

/** The collection becomes the backup's (export records go: a backup does not hold them). */
export function replaceCollection(
  backup: Pick<Backup, 'lists' | 'topics' | 'items'>,
): Operation<Pick<Backup, 'lists' | 'topics' | 'items'>> {
  return {
    needs: { items: 'all', exports: 'all' },
    apply(draft) {
      draft.lists = structuredClone(backup.lists);
      draft.topics = structuredClone(backup.topics);
      draft.items = structuredClone(backup.items);
      draft.exports = [];
      return { lists: draft.lists, topics: draft.topics, items: draft.items };
    },
  };
}

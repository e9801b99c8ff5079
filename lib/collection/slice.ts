/**
 * What an operation works on and what it gives back. An operation declares the slice of
 * the collection it needs (`SliceRequest`); whoever runs it (the IndexedDB store, or the
 * CLI on a backup held in memory) loads that slice, lets the operation change a copy, and
 * writes back only the difference (`Changes`), keeping the records as they were as the
 * undo. Lists and topics are small and always come whole; items come as asked.
 */
import type { Item, List, Topic } from '../types';
import type { Collection, Context } from './collection';
import type { ExportRecord } from './exports';

export interface Slice extends Collection {
  exports: ExportRecord[];
  /** Named values (the default list, the last topic per kind), only those asked for. */
  settings: Record<string, unknown>;
}

export interface SliceRequest {
  /** Items by identity key; `'all'` for every record. */
  items?: string[] | 'all';
  /** Items filed in these topics or any of their sub-topics (topic ids). */
  itemsUnder?: string[];
  /** Items filed in any topic of this list. */
  itemsOfList?: string;
  /** Export records of these lists; `'all'` for every one. */
  exports?: string[] | 'all';
  settings?: string[];
}

/** Records to write and records to delete; a setting set to `undefined` is deleted. */
export interface Changes {
  lists: List[];
  topics: Topic[];
  items: Item[];
  exports: ExportRecord[];
  removeLists: string[];
  removeTopics: string[];
  removeItems: string[];
  removeExports: string[];
  settings: Record<string, unknown>;
}

export interface Outcome<T> {
  result: T;
  /** What the operation wrote. */
  changed: Changes;
  /** What returns the collection to how it was before the operation. */
  undo: Changes;
}

/** One change to the collection: the slice it needs, and the rule that makes the change. */
export interface Operation<T> {
  needs: SliceRequest;
  /** Changes `draft` (a copy of the slice) and returns the result; throws to refuse. */
  apply(draft: Slice, context: Context): T;
}

export function noChanges(): Changes {
  return {
    lists: [],
    topics: [],
    items: [],
    exports: [],
    removeLists: [],
    removeTopics: [],
    removeItems: [],
    removeExports: [],
    settings: {},
  };
}

export function isEmptyChange(changes: Changes): boolean {
  return (
    Object.values(changes).every((value) => !Array.isArray(value) || value.length === 0) &&
    Object.keys(changes.settings).length === 0
  );
}

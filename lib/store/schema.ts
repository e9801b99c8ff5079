import type { DBSchema } from 'idb';
import type { ExportRecord } from '../collection/exports';
import type { Item, List, Topic } from '../types';

export type { ExportRecord };

export const DB_NAME = 'paper-shelf';

/** The schema version the code expects; each step up has a migration in migrations.ts. */
export const DB_VERSION = 4;

export interface CollectionSchema extends DBSchema {
  lists: { key: string; value: List };
  topics: { key: string; value: Topic; indexes: { 'by-list': string } };
  items: {
    key: string;
    value: Item;
    /** `by-link` (v3): the records whose `links` name a key, i.e. that point to that work. */
    indexes: { 'by-topic': string; 'by-saved': number; 'by-link': string };
  };
  /** Small named values: the default list, the last topic used per kind, … */
  settings: { key: string; value: unknown };
  /** Schema v2: one record per list, keyed by list id. */
  exports: { key: string; value: ExportRecord };
}

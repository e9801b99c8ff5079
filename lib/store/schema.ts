import type { DBSchema } from 'idb';
import type { Item, List, Topic } from '../types';

export const DB_NAME = 'paper-shelf';

/** The schema version the code expects; each step up has a migration in migrations.ts. */
export const DB_VERSION = 1;

export interface ShelfSchema extends DBSchema {
  lists: { key: string; value: List };
  topics: { key: string; value: Topic; indexes: { 'by-list': string } };
  items: {
    key: string;
    value: Item;
    indexes: { 'by-topic': string; 'by-saved': number };
  };
  /** Small named values: the default list, the last topic used per kind, … */
  settings: { key: string; value: unknown };
}

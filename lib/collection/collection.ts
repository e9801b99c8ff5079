/**
 * The collection as plain data (the shape of a backup), and what every operation on it is
 * given besides its slice: the time and a source of new ids. Nothing here imports the
 * rules, so the rules may all import this.
 */
import type { Backup, Item, List, Topic } from '../types';

export type Collection = Pick<Backup, 'lists' | 'topics' | 'items'>;

export type NewId = () => string;

/** What an operation may not invent for itself, so the CLI, tests and the store agree. */
export interface Context {
  now: number;
  newId: NewId;
}

export const DEFAULT_LIST_NAME = 'Reading list';

export const defaultNewId: NewId = () => crypto.randomUUID();

export function emptyCollection(): Collection {
  return { lists: [] as List[], topics: [] as Topic[], items: [] as Item[] };
}

/** A rule of the collection refused a change; the message is fit to show a person. */
export class CollectionError extends Error {
  override name = 'CollectionError';
}

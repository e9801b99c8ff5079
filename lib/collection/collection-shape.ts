/**
 * The collection as plain data (the shape of a backup) and how new ids are made: what every
 * operation in lib/collection/ takes, in a file of its own so they import it without
 * importing each other.
 */
import type { Backup } from '../types';

export type Collection = Pick<Backup, 'lists' | 'topics' | 'items'>;

export type NewId = () => string;

export const defaultNewId: NewId = () => crypto.randomUUID();

/** Every kind of record, listed from the type itself: a new kind must be added here too. */
import type { ItemKind } from './types';

const every: Record<ItemKind, true> = {
  paper: true,
  repo: true,
  model: true,
  dataset: true,
  space: true,
  page: true,
};

export const ITEM_KINDS = Object.keys(every) as ItemKind[];

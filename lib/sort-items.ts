/**
 * The library's orders for a topic's items: when saved (the default, oldest first as the
 * export writes them), when published (newest first, undated last), by title.
 */
import type { Item } from './types';

export type SortOrder = 'added' | 'published' | 'title';

export const SORT_ORDERS: readonly SortOrder[] = ['added', 'published', 'title'];

export function isSortOrder(value: unknown): value is SortOrder {
  return typeof value === 'string' && (SORT_ORDERS as readonly string[]).includes(value);
}

/** The items in the order asked for; a new array, the input untouched. Stable. */
export function sortItems(items: readonly Item[], order: SortOrder): Item[] {
  const sorted = [...items];
  if (order === 'added') return sorted.sort((a, b) => a.savedAt - b.savedAt);
  if (order === 'title') return sorted.sort((a, b) => collator.compare(a.title, b.title));
  const dates = new Map(sorted.map((item) => [item, publishedOf(item)]));
  return sorted.sort((a, b) => {
    const da = dates.get(a) ?? '';
    const db = dates.get(b) ?? '';
    if (da === db) return a.savedAt - b.savedAt;
    if (da === '') return 1;
    if (db === '') return -1;
    return da < db ? 1 : -1;
  });
}

// Case and accents aside, numbers in titles by value ("GPT-4" after "GPT-3").
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * The publication date as a comparable `YYYY-MM-DD` prefix: the venue's date when known,
 * else arXiv's first version; a bare year or month sorts as that period's start.
 */
export function publishedOf(item: Item): string {
  for (const date of [item.published, item.arxiv?.published]) {
    const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date?.trim() ?? '');
    if (match) return `${match[1]}-${match[2] ?? '00'}-${match[3] ?? '00'}`;
  }
  return '';
}

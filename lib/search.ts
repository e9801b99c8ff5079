/**
 * The library's search and filters, pure and linear: one pass over the items per keystroke,
 * against a lower-cased text per item that is built once and kept while the item object
 * lives (items are replaced, never mutated, when they change).
 */
import { FIELD_RULES } from './sites/field-rules';
import type { Item, ItemKind, ReadStatus } from './types';

export interface ItemFilter {
  /** Words that must all appear in the title, authors, id or note (any case, any order). */
  query?: string;
  kind?: ItemKind;
  status?: ReadStatus;
  /** Only these keys (e.g. "new since last export"). */
  keys?: ReadonlySet<string>;
  /** Only items filed under one of these topics. */
  topicIds?: ReadonlySet<string>;
}

const haystacks = new WeakMap<Item, string>();

/** What a search looks through: title, authors, identity key, arXiv/repo/hub ids, note. */
export function searchText(item: Item): string {
  let text = haystacks.get(item);
  if (text === undefined) {
    text = [
      item.title,
      item.pageTitle ?? '',
      ...(item.authors ?? []),
      item.key,
      ...FIELD_RULES.map((rules) => rules.searchText(item)),
      item.note,
    ]
      .join('\n')
      .toLowerCase();
    haystacks.set(item, text);
  }
  return text;
}

export function queryTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

export function matches(
  item: Item,
  filter: ItemFilter,
  terms = queryTerms(filter.query ?? ''),
): boolean {
  if (filter.kind && item.kind !== filter.kind) return false;
  if (filter.status && item.status !== filter.status) return false;
  if (filter.keys && !filter.keys.has(item.key)) return false;
  if (filter.topicIds && !item.topicIds.some((id) => filter.topicIds?.has(id))) return false;
  if (terms.length === 0) return true;
  const text = searchText(item);
  return terms.every((term) => text.includes(term));
}

/** The items that pass the filter, in the order given. */
export function filterItems(items: readonly Item[], filter: ItemFilter): Item[] {
  const terms = queryTerms(filter.query ?? '');
  return items.filter((item) => matches(item, filter, terms));
}

/** True when the filter narrows anything down (the page then shows results, not topics). */
export function isFiltering(filter: ItemFilter): boolean {
  return Boolean(
    queryTerms(filter.query ?? '').length || filter.kind || filter.status || filter.keys,
  );
}

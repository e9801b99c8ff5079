/**
 * Keeps each tab's badge telling whether its work is in the collection, under any URL
 * form (abs, pdf, html, the HF paper page…): the identity key decides, not the URL.
 */
import { identify } from '../identity';
import type { Shelf } from '../store/shelf';
import type { Badge } from './badge';

export interface TabLike {
  id?: number;
  url?: string;
}

/** Decides one tab's badge; returns whether its work is saved. */
export async function refreshTab(shelf: Shelf, badge: Badge, tab: TabLike): Promise<boolean> {
  if (tab.id === undefined) return false;
  const ticket = badge.ticket(tab.id);
  const key = tab.url ? identify(tab.url)?.key : undefined;
  const saved = key ? (await shelf.savedKeys([key])).length > 0 : false;
  await badge.showSavedState(tab.id, saved, ticket);
  return saved;
}

/** After a save, an edit or a removal: every open tab may show that work. */
export async function refreshTabs(shelf: Shelf, badge: Badge, tabs: TabLike[]): Promise<void> {
  const keyed = tabs.map((tab) => ({
    tab,
    key: tab.url ? identify(tab.url)?.key : undefined,
    ticket: tab.id === undefined ? 0 : badge.ticket(tab.id),
  }));
  const keys = [...new Set(keyed.flatMap(({ key }) => (key ? [key] : [])))];
  const saved = new Set(await shelf.savedKeys(keys));
  await Promise.all(
    keyed.map(({ tab, key, ticket }) =>
      tab.id === undefined
        ? undefined
        : badge.showSavedState(tab.id, key ? saved.has(key) : false, ticket),
    ),
  );
}

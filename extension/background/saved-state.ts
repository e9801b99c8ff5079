/**
 * Keeps each tab's badge telling whether its work is in the collection, under any URL
 * form (abs, pdf, html, the HF paper page…): the identity key decides, not the URL.
 */
import { identify } from '../../lib/identity';
import type { Badge } from './badge';
import type { SavedLookup } from './saved-keys';

export interface TabLike {
  id?: number;
  url?: string;
}

/**
 * Decides one tab's badge and shows it; returns whether its work is saved. `onDecided` is
 * told the moment the answer is known, before Chrome is asked to show it (the benchmark
 * times both).
 */
export async function refreshTab(
  lookup: SavedLookup,
  badge: Badge,
  tab: TabLike,
  onDecided?: (saved: boolean) => void,
): Promise<boolean> {
  if (tab.id === undefined) return false;
  const ticket = badge.ticket(tab.id);
  const key = tab.url ? identify(tab.url)?.key : undefined;
  const saved = key ? (await lookup.savedKeys([key])).length > 0 : false;
  onDecided?.(saved);
  await badge.showSavedState(tab.id, saved, ticket);
  return saved;
}

/** After a save, an edit or a removal: every open tab may show that work. */
export async function refreshTabs(
  lookup: SavedLookup,
  badge: Badge,
  tabs: TabLike[],
): Promise<void> {
  const keyed = tabs.map((tab) => ({
    tab,
    key: tab.url ? identify(tab.url)?.key : undefined,
    ticket: tab.id === undefined ? 0 : badge.ticket(tab.id),
  }));
  const keys = [...new Set(keyed.flatMap(({ key }) => (key ? [key] : [])))];
  const saved = new Set(await lookup.savedKeys(keys));
  await Promise.all(
    keyed.map(({ tab, key, ticket }) =>
      tab.id === undefined
        ? undefined
        : badge.showSavedState(tab.id, key ? saved.has(key) : false, ticket),
    ),
  );
}

/**
 * What the library page remembers between visits: the list and topic shown and the sort
 * order. Read back from storage defensively: a value from an older version, or one edited
 * by hand, falls back to the defaults piece by piece instead of breaking the page.
 */
import { isSortOrder, type SortOrder } from './sort-items';

export interface LibraryView {
  listId?: string;
  topicId?: string;
  sort: SortOrder;
}

export const DEFAULT_VIEW: LibraryView = { sort: 'added' };

export function readLibraryView(stored: unknown): LibraryView {
  if (typeof stored !== 'object' || stored === null) return DEFAULT_VIEW;
  const { listId, topicId, sort } = stored as Record<string, unknown>;
  const view: LibraryView = { sort: isSortOrder(sort) ? sort : DEFAULT_VIEW.sort };
  if (typeof listId === 'string' && listId) view.listId = listId;
  if (typeof topicId === 'string' && topicId) view.topicId = topicId;
  return view;
}

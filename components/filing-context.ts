/**
 * What the filing form starts from. The popup's services load it (entrypoints/popup/
 * filing-context.ts); the form only reads it, so the type lives with the form.
 */
import type { Item, List, Topic } from '../lib/types';

/** What the form starts from: the lists and topics, and where the work is already. */
export interface FilingContext {
  lists: List[];
  topics: Topic[];
  /** The list a new save goes to (the last one used); undefined before the first save. */
  listId?: string;
  /** The work's record when it is in the collection already. */
  item?: Item;
  /** Where that record is filed, as people read it. */
  places: string[];
  /** The topic the last save of this kind of item went to. */
  lastTopic?: string;
}

/**
 * A list or a topic as one `.bib` file: its items in the list's order (topics in order,
 * items in saved order, each work once), keyed by the collection's stable keys.
 */
import type { Collection } from '../collection/collection';
import { topicDisplayName } from '../topic-path';
import type { Item, List, Topic } from '../types';
import { citeText } from './cite';
import type { EscapeOptions } from './escape';
import { assignCiteKeys } from './keys';
import type { Work } from './work';

export interface BibliographyOptions extends EscapeOptions {
  /** Preferred citations (a repository's CITATION.cff) by identity key. */
  preferred?: ReadonlyMap<string, Work>;
}

export interface Bibliography {
  text: string;
  /** Items that got their key in this export: the caller stores these (`Item.citeKey`). */
  newKeys: Map<string, string>;
  count: number;
}

/** The items of a list, or of one topic and the topics under it, in the list's order. */
export function itemsToCite(collection: Collection, list: List, topicPath?: string): Item[] {
  const inScope = (topic: Topic) =>
    topic.listId === list.id &&
    (topicPath === undefined ||
      topicPath === '' ||
      topic.path === topicPath ||
      topic.path.startsWith(`${topicPath} / `));
  const topics = collection.topics.filter(inScope).sort((a, b) => a.order - b.order);
  const rank = new Map(topics.map((topic, index) => [topic.id, index]));
  const placed: { item: Item; rank: number }[] = [];
  for (const item of collection.items) {
    // The first of the item's topics in the list's order decides where it goes.
    let first: number | undefined;
    for (const id of item.topicIds) {
      const r = rank.get(id);
      if (r !== undefined && (first === undefined || r < first)) first = r;
    }
    if (first !== undefined) placed.push({ item, rank: first });
  }
  placed.sort((a, b) => a.rank - b.rank || a.item.savedAt - b.item.savedAt);
  return placed.map((entry) => entry.item);
}

/**
 * The `.bib` text for `items`, keys assigned over the whole collection (`all`) so an item
 * has the same key in every export.
 */
export function bibliography(
  items: readonly Item[],
  all: readonly Item[],
  options: BibliographyOptions = {},
): Bibliography {
  const { preferred, ...escape } = options;
  const keys = assignCiteKeys(all);
  const newKeys = new Map<string, string>();
  const entries: string[] = [];
  for (const item of items) {
    const key = keys.get(item.key) ?? assignCiteKeys([...all, item]).get(item.key) ?? 'ref';
    if (item.citeKey !== key) newKeys.set(item.key, key);
    const work = preferred?.get(item.key);
    entries.push(citeText(item, key, item.savedAt, work ? { ...escape, preferred: work } : escape));
  }
  return { text: entries.join('\n'), newKeys, count: entries.length };
}

/** `Reading list.bib` → `reading-list.bib`; a topic adds its last part. */
export function bibFileName(list: List, topicPath?: string): string {
  // The topic's own name: `Speech / Audio / Music` is one heading's name (lib/topic-path.ts).
  const leaf = topicPath ? topicDisplayName({ path: topicPath }) : undefined;
  const slug = [list.name, leaf]
    .filter(Boolean)
    .join(' ')
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return `${slug || 'bibliography'}.bib`;
}

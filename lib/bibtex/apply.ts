/**
 * Filing imported `.bib` entries into one topic of a list, by the same rules as a save:
 * an entry for a work already in the collection merges into its record. An entry's own key
 * becomes the item's cite key when the item has none and no other item holds it, so a
 * paper written against that `.bib` keeps compiling against Paper Shelf's exports.
 */
import { type Collection, defaultNewId, type NewId } from '../collection/collection';
import { fileCapture } from '../collection/file';
import type { ImportedEntry } from './import';

export interface ApplyBibtexResult {
  created: number;
  merged: number;
}

export function fileBibtexEntries(
  collection: Collection,
  entries: readonly ImportedEntry[],
  target: { listId: string; topic: string },
  now: number,
  newId: NewId = defaultNewId,
): ApplyBibtexResult {
  const taken = new Set(collection.items.map((item) => item.citeKey).filter(Boolean));
  let created = 0;
  let merged = 0;
  for (const entry of entries) {
    const filed = fileCapture(
      collection,
      { capture: entry.capture, listId: target.listId, topics: [target.topic] },
      now,
      newId,
    );
    if (filed.existed) merged++;
    else created++;
    if (!filed.item.citeKey && !taken.has(entry.citeKey)) {
      filed.item.citeKey = entry.citeKey;
      taken.add(entry.citeKey);
    }
  }
  return { created, merged };
}

/**
 * The BibTeX rules as operations: citing stores each newly assigned cite key on its item
 * (so a key, once written, stays), and a `.bib` import files its entries under one topic.
 * Both read every item: a cite key must be unique in the whole collection, not only among
 * the works cited or imported.
 */
import { fileBibtexEntries } from '../bibtex/apply';
import { bibliography, itemsToCite } from '../bibtex/bibliography';
import type { EscapeOptions } from '../bibtex/escape';
import type { ImportedEntry } from '../bibtex/import';
import type { Work } from '../bibtex/work';
import type { Capture, Item, List } from '../types';
import { CollectionError } from './collection';
import type { Operation } from './slice';

export interface CiteRequest extends EscapeOptions {
  /** Identity keys of the works to cite, in order; or a list (and topic) to cite. */
  keys?: string[];
  list?: { listId: string; topicPath?: string };
  /** A work not saved (the popup's capture): cited with a key no record holds, not stored. */
  unsaved?: Capture;
  /** Preferred citations (CITATION.cff) by identity key, fetched beforehand. */
  preferred?: Map<string, Work>;
}

export interface CiteResult {
  text: string;
  count: number;
}

export function citeOperation(request: CiteRequest): Operation<CiteResult> {
  return {
    needs: { items: 'all' },
    apply(draft, { now }) {
      let chosen: Item[];
      if (request.list) {
        const list = draft.lists.find((l) => l.id === request.list?.listId);
        if (!list) throw new CollectionError('That list no longer exists.');
        const topics = draft.topics.filter((topic) => topic.listId === list.id);
        const scope = { lists: [list], topics, items: draft.items };
        chosen = itemsToCite(scope, list, request.list.topicPath);
      } else {
        const byKey = new Map(draft.items.map((item) => [item.key, item]));
        chosen = (request.keys ?? [])
          .map((key) => byKey.get(key))
          .filter((item): item is Item => item !== undefined);
      }
      const unsaved = request.unsaved;
      if (unsaved && !chosen.some((item) => item.key === unsaved.key)) {
        const stored = draft.items.find((item) => item.key === unsaved.key);
        chosen.push(stored ?? unsavedItem(unsaved, now));
      }
      const result = bibliography(chosen, draft.items, {
        ...(request.latexAccents ? { latexAccents: true } : {}),
        ...(request.preferred ? { preferred: request.preferred } : {}),
      });
      // Only records of the collection keep their key; the unsaved capture's is not stored.
      const index = new Map(draft.items.map((item, at) => [item.key, at]));
      for (const [key, citeKey] of result.newKeys) {
        const at = index.get(key);
        const item = at === undefined ? undefined : draft.items[at];
        if (item && at !== undefined) draft.items[at] = { ...item, citeKey };
      }
      return { text: result.text, count: result.count };
    },
  };
}

function unsavedItem(capture: Capture, now: number): Item {
  return { ...capture, note: '', status: 'to-read', topicIds: [], savedAt: now, updatedAt: now };
}

export interface BibtexImportRequest {
  /** The file's entries, read and checked before the operation runs. */
  entries: readonly ImportedEntry[];
  listId: string;
  /** Topic path to file under (`''`: the list itself); created when new. */
  topic: string;
}

export interface BibtexImportResult {
  list: List;
  created: number;
  merged: number;
}

export function importBibtexOperation(request: BibtexImportRequest): Operation<BibtexImportResult> {
  return {
    needs: { items: 'all' },
    apply(draft, { now, newId }) {
      const list = draft.lists.find((l) => l.id === request.listId);
      if (!list) throw new CollectionError('That list no longer exists.');
      const target = { listId: list.id, topic: request.topic };
      return { list, ...fileBibtexEntries(draft, request.entries, target, now, newId) };
    },
  };
}

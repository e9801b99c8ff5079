/**
 * BibTeX from the stored collection: keys are assigned over every record (so a key is
 * unique in the whole collection, not only in one export) and a key written for the first
 * time is stored on its item in the same transaction: from then on it stays.
 */
import { bibliography, itemsToCite } from '../bibtex/bibliography';
import type { EscapeOptions } from '../bibtex/escape';
import { preferredCitations } from '../bibtex/preferred';
import type { Work } from '../bibtex/work';
import type { SourceDeps } from '../sources/cached-json';
import type { Capture, Item } from '../types';
import { rollBack, StoreError, Writes } from './errors';
import type { ShelfDb } from './library';

export interface CiteRequest extends EscapeOptions {
  /** Identity keys of the works to cite, in order; or a list (and topic) to cite. */
  keys?: string[];
  list?: { listId: string; topicPath?: string };
  /** A work not saved (the popup's capture): cited with a key no record holds, not stored. */
  unsaved?: Capture;
  /** Preferred citations (CITATION.cff) by identity key, fetched beforehand. */
  preferred?: Map<string, Work>;
  now: number;
}

export interface CiteResult {
  text: string;
  count: number;
}

export async function citeFromStore(db: ShelfDb, request: CiteRequest): Promise<CiteResult> {
  const tx = db.transaction(['lists', 'topics', 'items'], 'readwrite');
  try {
    const items = tx.objectStore('items');
    const all = await items.getAll();
    let chosen: Item[];
    if (request.list) {
      const list = await tx.objectStore('lists').get(request.list.listId);
      if (!list) throw new StoreError('That list no longer exists.');
      const topics = await tx.objectStore('topics').index('by-list').getAll(list.id);
      chosen = itemsToCite({ lists: [list], topics, items: all }, list, request.list.topicPath);
    } else {
      const byKey = new Map(all.map((item) => [item.key, item]));
      chosen = (request.keys ?? [])
        .map((key) => byKey.get(key))
        .filter((item): item is Item => item !== undefined);
    }
    if (request.unsaved && !chosen.some((item) => item.key === request.unsaved?.key)) {
      const stored = all.find((item) => item.key === request.unsaved?.key);
      chosen.push(stored ?? unsavedItem(request.unsaved, request.now));
    }
    const result = bibliography(chosen, all, {
      ...(request.latexAccents ? { latexAccents: true } : {}),
      ...(request.preferred ? { preferred: request.preferred } : {}),
    });
    const writes = new Writes();
    const stored = new Set(all.map((item) => item.key));
    for (const item of chosen) {
      const key = result.newKeys.get(item.key);
      if (key && stored.has(item.key)) writes.track(items.put({ ...item, citeKey: key }));
    }
    await writes.done(tx);
    return { text: result.text, count: result.count };
  } catch (error) {
    throw rollBack(tx, error);
  }
}

function unsavedItem(capture: Capture, now: number): Item {
  return { ...capture, note: '', status: 'to-read', topicIds: [], savedAt: now, updatedAt: now };
}

/**
 * What "Copy BibTeX" and "Export BibTeX" call: the repositories' CITATION.cff first (a
 * single copy may ask GitHub, within its wait; a list export reads only cached answers,
 * to keep the hourly quota), then the entries from the store.
 */
export async function citeWithSources(
  db: ShelfDb,
  request: Omit<CiteRequest, 'preferred'>,
  sources?: SourceDeps & { cacheOnly?: boolean },
): Promise<CiteResult> {
  let preferred: Map<string, Work> | undefined;
  if (sources) {
    const captures = await capturesToCite(db, request);
    preferred = await preferredCitations(captures, sources);
  }
  return citeFromStore(db, { ...request, ...(preferred?.size ? { preferred } : {}) });
}

/** The repositories among the works a request cites (only they have a CITATION.cff). */
async function capturesToCite(db: ShelfDb, request: Omit<CiteRequest, 'preferred'>) {
  const tx = db.transaction(['topics', 'items']);
  const found: Capture[] = request.unsaved ? [request.unsaved] : [];
  for (const key of request.keys ?? []) {
    const item = await tx.objectStore('items').get(key);
    if (item) found.push(item);
  }
  if (request.list) {
    const topics = await tx.objectStore('topics').index('by-list').getAll(request.list.listId);
    const byTopic = tx.objectStore('items').index('by-topic');
    for (const topic of topics) {
      const items = await byTopic.getAll(topic.id);
      found.push(...items.filter((item) => item.kind === 'repo'));
    }
  }
  return found.filter((capture) => capture.kind === 'repo');
}
